//! What the attribute emits, formatted and compared with `tests/expand/*.rs`: a change to
//! the generated code shows in review. `TENCENT_ACTION_BLESS=1`, the variable every snapshot
//! of the repository honours, rewrites them.

use quote::quote;

fn check(name: &str, args: proc_macro2::TokenStream, item: proc_macro2::TokenStream) {
    let expanded = crate::expand::tencent_action(args, item);
    let file: syn::File = syn::parse2(expanded).expect("the expansion parses as items");
    let text = prettyplease::unparse(&file);
    let path = format!("{}/tests/expand/{name}.rs", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("TENCENT_ACTION_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == text,
        "the expansion of `{name}` changed; review it and rerun with TENCENT_ACTION_BLESS=1:\n{text}"
    );
}

#[test]
fn plain_action() {
    check(
        "plain",
        quote!(service = "cvm", version = "2017-03-12"),
        quote! {
            #[derive(Debug)]
            pub struct DescribeInstancesStatus {
                pub total_count: i64,
                #[serde(rename = "InstanceStatusSet")]
                pub statuses: Vec<InstanceStatus>,
            }
        },
    );
}

#[test]
fn action_with_codes() {
    check(
        "codes",
        quote!(
            service = "cvm",
            version = "2017-03-12",
            action = "DescribeInstances",
            errors(
                "InvalidInstanceId.NotFound" = "The instance does not exist.",
                "FailedOperation.DB"
            )
        ),
        quote! {
            pub struct Instances;
        },
    );
}

#[test]
fn generic_action() {
    check(
        "generic",
        quote!(crate = my::tencent_action),
        quote! {
            #[deprecated = "use DescribeImages"]
            pub(crate) struct DescribeImagesOld<'a, T: Clone = u8> where T: Default {
                #[serde(borrow)]
                pub name: &'a str,
                pub extra: T,
            }
        },
    );
}

#[test]
fn errors_keep_the_item() {
    check(
        "fallback",
        quote!(servce = "cvm"),
        quote! {
            pub struct DescribeZones {
                pub total_count: u32,
            }
        },
    );
}
