//! What `#[tencent_action]` keeps of serde and of Rust: field attributes, generics,
//! borrowed fields, a re-exported crate path.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use tencent_action::{Action, Error, from_slice, from_str, tencent_action};

mod as_hex {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u32, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{value:x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
        let text = String::deserialize(deserializer)?;
        u32::from_str_radix(&text, 16).map_err(serde::de::Error::custom)
    }
}

#[tencent_action(service = "cvm", version = "2017-03-12", action = "DescribeInstances")]
#[derive(Debug, Clone, PartialEq)]
struct Attributes {
    #[serde(rename = "CPU")]
    cpu: u32,
    #[serde(alias = "IPv6Addresses", rename = "Ipv6Addresses", default)]
    ipv6_addresses: Vec<String>,
    #[serde(default)]
    memory: Option<u64>,
    #[serde(with = "as_hex")]
    flags: u32,
    #[serde(skip)]
    local_note: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    optional: Option<String>,
}

#[test]
fn serde_field_attributes_keep_working() {
    let body = r#"{"Response":{"CPU":4,"IPv6Addresses":["::1"],"Flags":"ff","LocalNote":"ignored","RequestId":"r"}}"#;
    let response = from_str::<Attributes>(body).unwrap();
    assert_eq!(response.cpu, 4);
    assert_eq!(response.ipv6_addresses, ["::1"]);
    assert_eq!(response.memory, None);
    assert_eq!(response.flags, 0xff);
    assert_eq!(response.local_note, "");
    assert_eq!(Attributes::NAME, "DescribeInstances");

    let json = serde_json::to_value(response.data()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"CPU": 4, "Ipv6Addresses": ["::1"], "Memory": null, "Flags": "ff"})
    );
}

#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug, PartialEq)]
struct DescribeImages<'a> {
    #[serde(borrow)]
    image_set: Vec<Image<'a>>,
    total_count: u64,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Image<'a> {
    image_id: &'a str,
    #[serde(borrow)]
    image_name: Cow<'a, str>,
}

#[test]
fn borrowed_fields_are_not_copied() {
    let body = r#"{"Response":{"ImageSet":[{"ImageId":"img-1","ImageName":"plain"},{"ImageId":"img-2","ImageName":"esc\u00e9"}],"TotalCount":2,"RequestId":"r"}}"#;
    let response = from_slice::<DescribeImages>(body.as_bytes()).unwrap();
    let range = body.as_bytes().as_ptr_range();
    let image = &response.image_set[0];
    assert!(
        range.contains(&image.image_id.as_ptr()),
        "the id points into the body"
    );
    assert!(matches!(image.image_name, Cow::Borrowed(_)));
    assert!(
        matches!(response.image_set[1].image_name, Cow::Owned(_)),
        "escapes need a copy"
    );
    assert_eq!(response.image_set[1].image_name, "esc\u{e9}");
    let _: DescribeImagesResponse<'_> = response;
}

#[tencent_action(service = "tiia", version = "2019-05-29")]
#[derive(Debug, PartialEq)]
struct Labels<T, const N: usize>
where
    T: Default,
{
    labels: Vec<T>,
    #[serde(skip)]
    extra: T,
}

impl<T: Default, const N: usize> Labels<T, N> {
    fn is_full(&self) -> bool {
        self.labels.len() == N
    }
}

#[test]
fn generics_and_const_generics() {
    let body = r#"{"Response":{"Labels":[1,2,3],"RequestId":"r"}}"#;
    let response = from_str::<Labels<u8, 3>>(body).unwrap();
    assert_eq!(response.labels, [1, 2, 3]);
    assert!(response.is_full());
    assert_eq!(response.extra, 0);
    let _: LabelsResponse<u8, 3> = response;
    assert_eq!(<Labels<u8, 3> as Action>::SERVICE, "tiia");
}

#[tencent_action(service = "cvm", version = "2017-03-12")]
#[serde(rename_all = "camelCase")]
#[derive(Debug)]
struct OwnRenameRule {
    total_count: u32,
}

#[test]
fn the_structs_own_rename_rule_wins() {
    let response =
        from_str::<OwnRenameRule>(r#"{"Response":{"totalCount":3,"RequestId":"r"}}"#).unwrap();
    assert_eq!(response.total_count, 3);
}

#[tencent_action(service = "cvm", version = "2017-03-12")]
#[serde(deny_unknown_fields)]
#[derive(Debug)]
struct Strict {
    total_count: u32,
}

#[test]
fn deny_unknown_fields_sees_only_the_payload() {
    let body = r#"{"Response":{"TotalCount":3,"RequestId":"r"}}"#;
    assert_eq!(from_str::<Strict>(body).unwrap().total_count, 3);
    let body = r#"{"Response":{"TotalCount":3,"Surprise":1,"RequestId":"r"}}"#;
    let Err(Error::Decode(error)) = from_str::<Strict>(body) else {
        panic!()
    };
    assert!(
        error.to_string().contains("unknown field `Surprise`"),
        "{error}"
    );
    let body = r#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#;
    assert!(matches!(from_str::<Strict>(body), Err(Error::Api(_))));
}

mod reexported {
    pub use tencent_action as api;
}

mod uses_a_reexport {
    use super::reexported::api;

    #[api::tencent_action(crate = super::reexported::api, service = "cvm", version = "2017-03-12")]
    #[derive(Debug)]
    pub struct Reexported {
        pub total_count: u32,
    }

    #[api::tencent_action(crate = "super::reexported::api", errors("Own.Code"))]
    #[derive(Debug)]
    pub struct ReexportedWithCodes;
}

#[test]
fn the_crate_path_can_be_overridden() {
    use uses_a_reexport::{Reexported, ReexportedWithCodes, ReexportedWithCodesErrorCode};
    let response =
        from_str::<Reexported>(r#"{"Response":{"TotalCount":1,"RequestId":"r"}}"#).unwrap();
    assert_eq!(response.total_count, 1);
    let body = r#"{"Response":{"Error":{"Code":"Own.Code","Message":"m"},"RequestId":"r"}}"#;
    let Err(Error::Api(error)) = from_str::<ReexportedWithCodes>(body) else {
        panic!()
    };
    assert_eq!(
        error.action_code::<ReexportedWithCodes>(),
        ReexportedWithCodesErrorCode::OwnCode
    );
    assert_eq!(ReexportedWithCodes::SERVICE, "");
}

#[tencent_action(errors(
    "InvalidParameterValue.TooLarge",
    "InvalidParameter.ValueTooLarge",
    "Other",
    "FailedOperation.DB",
    "A.b_c",
    "A.B_C",
    "Self",
    "SelfCode",
))]
#[derive(Debug)]
struct CollidingCodes;

#[test]
fn colliding_code_names_keep_their_segments() {
    use tencent_action::{ErrorCode, FromCode};
    type C = CollidingCodesErrorCode;
    assert_eq!(
        C::from_code("InvalidParameterValue.TooLarge"),
        C::InvalidParameterValue_TooLarge
    );
    assert_eq!(
        C::from_code("InvalidParameter.ValueTooLarge"),
        C::InvalidParameter_ValueTooLarge
    );
    assert_eq!(C::from_code("Other"), C::OtherCode);
    assert_eq!(C::from_code("FailedOperation.DB"), C::FailedOperationDb);
    assert_eq!(C::FailedOperationDb.as_str(), "FailedOperation.DB");
    // Still the same after keeping the segments apart: numbered.
    assert_eq!(C::from_code("A.b_c"), C::A_BC);
    assert_eq!(C::from_code("A.B_C"), C::A_BC_2);
    assert_eq!(C::from_code("Self"), C::SelfCode);
    assert_eq!(C::from_code("SelfCode"), C::SelfCode_2);
    assert_eq!(C::SelfCode_2.as_str(), "SelfCode");
    assert_eq!(<CollidingCodes as Action>::NAME, "CollidingCodes");
}

/// `Debug` prints each variant's name, as a derive would; `Clone` and `Display` keep the
/// code. Every variant, whichever table entry it is.
#[test]
fn codes_print_and_clone_like_derived_ones() {
    use tencent_action::{CommonCode, ErrorCode, FromCode};
    type C = CollidingCodesErrorCode;
    let own = [
        (
            C::InvalidParameterValue_TooLarge,
            "InvalidParameterValue_TooLarge",
        ),
        (
            C::InvalidParameter_ValueTooLarge,
            "InvalidParameter_ValueTooLarge",
        ),
        (C::OtherCode, "OtherCode"),
        (C::FailedOperationDb, "FailedOperationDb"),
        (C::A_BC, "A_BC"),
        (C::A_BC_2, "A_BC_2"),
        (C::SelfCode, "SelfCode"),
        (C::SelfCode_2, "SelfCode_2"),
    ];
    for (code, name) in own {
        assert_eq!(format!("{code:?}"), name);
        assert_eq!(format!("{code:#?}"), name);
        assert_eq!(code.clone(), code);
        assert_eq!(C::from_code(&code.to_string()), code);
    }
    let common = C::from_code("InternalError");
    assert_eq!(common, C::Common(CommonCode::InternalError));
    assert_eq!(format!("{common:?}"), "Common(InternalError)");
    assert_eq!(format!("{common:#?}"), "Common(\n    InternalError,\n)");
    let other = C::from_code("Not.Listed");
    assert_eq!(format!("{other:?}"), "Other(UnknownCode(\"Not.Listed\"))");
    assert_eq!(other.clone().as_str(), "Not.Listed");
    assert_eq!(other.to_string(), "Not.Listed");
}

#[tencent_action(errors(
    "FailedOperation.MFARequired",
    "InvalidParameter.IPv6Malformed",
    "ResourceNotFound.CDNHost",
    "LimitExceeded.Too-Many"
))]
#[derive(Debug)]
struct AcronymCodes;

/// An acronym in a code is named like a word, as `CommonCode` names
/// `AuthFailure.MFAFailure` `AuthFailureMfaFailure`: one code, one Rust name everywhere.
#[test]
fn acronyms_in_codes_are_named_like_words() {
    use tencent_action::FromCode;
    type C = AcronymCodesErrorCode;
    assert_eq!(
        C::from_code("FailedOperation.MFARequired"),
        C::FailedOperationMfaRequired
    );
    assert_eq!(
        C::from_code("InvalidParameter.IPv6Malformed"),
        C::InvalidParameterIPv6Malformed
    );
    assert_eq!(
        C::from_code("ResourceNotFound.CDNHost"),
        C::ResourceNotFoundCdnHost
    );
    assert_eq!(
        C::from_code("LimitExceeded.Too-Many"),
        C::LimitExceededTooMany
    );
    assert_eq!(
        tencent_action::CommonCode::AuthFailureMfaFailure.as_str(),
        "AuthFailure.MFAFailure"
    );
    assert_eq!(<AcronymCodes as Action>::NAME, "AcronymCodes");
}

#[test]
fn serializes_with_pascal_case_names() {
    let status = tencent_action_tests::DescribeInstancesStatus {
        total_count: 1,
        instance_status_set: vec![],
    };
    assert_eq!(
        serde_json::to_string(&status).unwrap(),
        r#"{"TotalCount":1,"InstanceStatusSet":[]}"#
    );
}
