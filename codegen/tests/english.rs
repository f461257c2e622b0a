//! `--english`: a module generated with the international site's spec documents what
//! that spec has text for in English first, then in Chinese, and everything else in
//! Chinese alone; the code is the Chinese spec's either way. Read from the repository's
//! real specs of cvm, in both languages.

use std::path::Path;
use tencent_action_codegen::{Options, generate_bilingual, generate_spec};
use tencent_action_spec::{Spec, parse};

fn spec(set: &str) -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data")
        .join(set)
        .join("services/cvm/v20170312/api.json");
    parse("api.json", &std::fs::read_to_string(path).unwrap()).unwrap()
}

fn module(english: Option<&Spec>) -> syn::File {
    let module =
        generate_bilingual(&spec("tencent-api"), None, english, &Options::default()).unwrap();
    syn::parse_file(module.source()).unwrap()
}

/// The doc lines of an attribute list, as `///` wrote them.
fn doc(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) => text.value().trim_start().to_owned(),
            _ => panic!("a doc attribute that is no string"),
        })
        .collect()
}

fn item<'a>(file: &'a syn::File, name: &str) -> &'a syn::ItemStruct {
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Struct(item) if item.ident == name => Some(item),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no struct {name}"))
}

fn struct_doc(file: &syn::File, name: &str) -> Vec<String> {
    doc(&item(file, name).attrs)
}

fn field_doc(file: &syn::File, name: &str, field: &str) -> Vec<String> {
    let field = item(file, name)
        .fields
        .iter()
        .find(|candidate| candidate.ident.as_ref().is_some_and(|ident| ident == field))
        .unwrap_or_else(|| panic!("no field {name}.{field}"));
    doc(&field.attrs)
}

/// `english`, a blank line, then `chinese`.
fn both(english: &[&str], chinese: Vec<String>) -> Vec<String> {
    let mut lines: Vec<String> = english.iter().map(|line| (*line).to_owned()).collect();
    lines.push(String::new());
    lines.extend(chinese);
    lines
}

#[test]
fn what_the_english_spec_documents_comes_first_then_the_chinese() {
    let english = spec("tencent-api-en");
    let bilingual = module(Some(&english));
    let chinese = module(None);

    // An action: its title in both languages, then its description in English, then in
    // Chinese.
    let action = struct_doc(&bilingual, "DescribeInstances");
    assert_eq!(
        action[0],
        "Views the list of instances (查看实例列表): the response of `DescribeInstances`."
    );
    let chinese_action = struct_doc(&chinese, "DescribeInstances");
    assert_eq!(
        chinese_action[0],
        "查看实例列表: the response of `DescribeInstances`."
    );
    assert_eq!(
        action[1..],
        both(
            &[
                "",
                "This API is used to query the details of instances.",
                "",
                "* You can filter the query results with the instance `ID`, name, or billing \
                 method. See `Filter` for more information.",
                "",
                "* If no parameter is defined, a certain number of instances under the current \
                 account will be returned. The number is specified by `Limit` and is 20 by default.",
            ],
            chinese_action[2..].to_vec()
        )[..]
    );
    assert!(chinese_action[2].starts_with("本接口 (DescribeInstances) 用于查询"));

    // A response member, a request member and a data structure.
    assert_eq!(
        field_doc(&bilingual, "DescribeInstances", "total_count"),
        [
            "Number of instances meeting the filtering conditions.",
            "",
            "符合条件的实例数量。"
        ]
    );
    let request = field_doc(&bilingual, "DescribeInstancesRequest", "instance_ids");
    let chinese_request = field_doc(&chinese, "DescribeInstancesRequest", "instance_ids");
    assert!(
        request[0]
            .starts_with("Query by instance ID(s). For example, instance ID: `ins-xxxxxxxx`.")
    );
    assert_eq!(request, both(&[&request[0]], chinese_request.clone()));
    assert!(
        chinese_request[0].starts_with("按照一个或者多个实例ID查询。"),
        "{chinese_request:?}"
    );
    assert_eq!(
        struct_doc(&bilingual, "Instance"),
        ["Describes information on an instance", "", "描述实例的信息"]
    );
    // The client's methods open with the action's documentation too.
    let client = generate_bilingual(
        &spec("tencent-api"),
        None,
        Some(&english),
        &Options::default(),
    )
    .unwrap()
    .client_source()
    .to_owned();
    assert!(client.contains(
        "/// Views the list of instances (查看实例列表): calls `DescribeInstances`.\n    ///\n    /// \
         This API is used to query the details of instances."
    ), "{client}");
}

#[test]
fn what_it_does_not_document_is_in_chinese_alone() {
    let english = spec("tencent-api-en");
    let bilingual = module(Some(&english));
    let chinese = module(None);
    // An action the international site does not serve, with its request and members.
    assert!(!english.actions.contains_key("CreateHpcCluster"));
    for name in ["CreateHpcCluster", "CreateHpcClusterRequest"] {
        let lines = struct_doc(&bilingual, name);
        assert_eq!(lines, struct_doc(&chinese, name));
        assert!(
            lines[0].starts_with("创建高性能计算集群: the "),
            "{lines:?}"
        );
    }
    assert_eq!(
        field_doc(&bilingual, "CreateHpcClusterRequest", "zone"),
        field_doc(&chinese, "CreateHpcClusterRequest", "zone")
    );
    // A member the English spec lacks, in a structure it documents.
    assert_eq!(field_doc(&bilingual, "ChcHost", "gpu"), ["GPU型号。"]);
    assert_ne!(
        struct_doc(&bilingual, "ChcHost"),
        struct_doc(&chinese, "ChcHost")
    );
}

#[test]
fn the_english_spec_adds_text_and_nothing_else() {
    let chinese = spec("tencent-api");
    let english = spec("tencent-api-en");
    let without = generate_spec(&chinese, None, &Options::default()).unwrap();
    let with = generate_bilingual(&chinese, None, Some(&english), &Options::default()).unwrap();
    assert_eq!(with.actions(), without.actions());
    // The same items, fields and attributes once the doc comments are gone.
    let code = |source: &str| -> String {
        source
            .lines()
            .filter(|line| !line.trim_start().starts_with("///") && !line.starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_ne!(with.source(), without.source());
    assert_eq!(code(with.source()), code(without.source()));

    // An English spec with no text at all leaves the module as the Chinese one.
    let empty: Spec = parse(
        "api.json",
        r#"{"metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
            "actions": {}, "objects": {}}"#,
    )
    .unwrap();
    let blank = generate_bilingual(&chinese, None, Some(&empty), &Options::default()).unwrap();
    assert_eq!(blank, without);
}
