//! The `Deserialize` and `Serialize` that `#[tencent_action]` and the generator emit
//! through the runtime's shared code, against serde's derives of the same struct: every
//! input decodes to the same value or fails with the same error (message, JSON path,
//! kind), in the envelope, on the bare payload, as a map or as a sequence, and from a
//! `serde_json::Value`; every value serializes to the same JSON.

use serde::Serialize;
use std::fmt::Debug;
use tencent_action::tencent_action;

/// Every way a field can be read and filled; the lean decoder emits it.
mod lean {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Probe")]
    #[derive(Debug, Clone)]
    pub struct Probe {
        pub total_count: u64,
        #[serde(default)]
        pub name: Option<String>,
        #[serde(rename = "IDs", default)]
        pub ids: Option<Vec<i64>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "tencent_action::tolerant::deserialize"
        )]
        pub weight: Option<u64>,
        #[serde(default, deserialize_with = "tencent_action::strict::non_null")]
        pub zone: Option<String>,
        #[serde(deserialize_with = "<Option<_> as serde::Deserialize>::deserialize")]
        pub state: Option<String>,
        #[serde(deserialize_with = "tencent_action::tolerant::deserialize")]
        pub flag: Option<bool>,
        pub note: Option<String>,
        #[serde(default)]
        pub inner: Option<Box<super::Inner>>,
    }
}

/// The same struct with serde's derive: a container `#[serde]` attribute keeps it.
mod derived {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Probe")]
    #[serde(rename_all = "PascalCase")]
    #[derive(Debug)]
    pub struct Probe {
        pub total_count: u64,
        #[serde(default)]
        pub name: Option<String>,
        #[serde(rename = "IDs", default)]
        pub ids: Option<Vec<i64>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "tencent_action::tolerant::deserialize"
        )]
        pub weight: Option<u64>,
        #[serde(default, deserialize_with = "tencent_action::strict::non_null")]
        pub zone: Option<String>,
        #[serde(deserialize_with = "<Option<_> as serde::Deserialize>::deserialize")]
        pub state: Option<String>,
        #[serde(deserialize_with = "tencent_action::tolerant::deserialize")]
        pub flag: Option<bool>,
        pub note: Option<String>,
        #[serde(default)]
        pub inner: Option<Box<super::Inner>>,
    }
}

/// A nested struct, decoded by serde's derive in both, so that paths go through it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Inner {
    /// The only field.
    pub id: u64,
}

/// A struct with one optional field, the lean decoder's smallest.
mod lean_one {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Empty")]
    #[derive(Debug)]
    pub struct Empty {
        #[serde(default)]
        pub only: Option<u8>,
    }
}

mod derived_one {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Empty")]
    #[serde(rename_all = "PascalCase")]
    #[derive(Debug)]
    pub struct Empty {
        #[serde(default)]
        pub only: Option<u8>,
    }
}

/// Required and defaulted fields only, as the generator makes them: the required ones are
/// matched at once, the first missing naming the error.
mod lean_required {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Required")]
    #[derive(Debug)]
    pub struct Required {
        #[serde(default)]
        pub name: Option<String>,
        #[serde(deserialize_with = "<Option<_> as serde::Deserialize>::deserialize")]
        pub state: Option<String>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "tencent_action::tolerant::deserialize"
        )]
        pub weight: Option<u64>,
        #[serde(deserialize_with = "tencent_action::tolerant::deserialize")]
        pub flag: Option<bool>,
        #[serde(
            rename = "TotalCount",
            deserialize_with = "tencent_action::strict::non_null"
        )]
        pub total: Option<u64>,
    }
}

mod derived_required {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Required")]
    #[serde(rename_all = "PascalCase")]
    #[derive(Debug)]
    pub struct Required {
        #[serde(default)]
        pub name: Option<String>,
        #[serde(deserialize_with = "<Option<_> as serde::Deserialize>::deserialize")]
        pub state: Option<String>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "tencent_action::tolerant::deserialize"
        )]
        pub weight: Option<u64>,
        #[serde(deserialize_with = "tencent_action::tolerant::deserialize")]
        pub flag: Option<bool>,
        #[serde(
            rename = "TotalCount",
            deserialize_with = "tencent_action::strict::non_null"
        )]
        pub total: Option<u64>,
    }
}

/// A unit struct, `struct X;`, and one with braces and no field: serde tells them apart.
mod lean_unit {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Unit")]
    #[derive(Debug)]
    pub struct Unit;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Braces")]
    #[derive(Debug)]
    pub struct Braces {}
}

mod derived_unit {
    use tencent_action::tencent_action;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Unit")]
    #[serde(rename_all = "PascalCase")]
    #[derive(Debug)]
    pub struct Unit;

    #[tencent_action(service = "cvm", version = "2017-03-12", action = "Braces")]
    #[serde(rename_all = "PascalCase")]
    #[derive(Debug)]
    pub struct Braces {}
}

const FULL: &str = r#"{"TotalCount":1,"Name":"n","IDs":[1,2],"Weight":"10","Zone":"z","State":null,"Flag":"true","Note":"x","Inner":{"Id":3}}"#;

/// Payloads: valid, tolerant, each missing field, duplicates, nulls, wrong types, unknown
/// keys, escaped keys, nested errors, sequences of every length, and non-objects.
const PAYLOADS: &[&str] = &[
    FULL,
    r#"{"TotalCount":1,"State":"s","Flag":true}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Unknown":{"a":[1,2,{"b":null}]}}"#,
    r#"{"TotalCount":1,"State":"s"}"#,
    r#"{"TotalCount":1,"Flag":true}"#,
    r#"{"State":"s","Flag":true}"#,
    r#"{}"#,
    r#"{"TotalCount":1,"TotalCount":2,"State":"s","Flag":true}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Weight":1,"Weight":2}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Zone":null,"Zone":null}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Name":null,"Name":"n"}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Zone":null}"#,
    r#"{"TotalCount":null,"State":"s","Flag":true}"#,
    r#"{"TotalCount":"1","State":"s","Flag":true}"#,
    r#"{"TotalCount":1,"State":5,"Flag":true}"#,
    r#"{"TotalCount":1,"State":"s","Flag":"yes"}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Weight":"ten"}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"IDs":[1,"2"]}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Inner":{"Id":"x"}}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Inner":{}}"#,
    r#"{"Total\u0043ount":7,"State":"s","Flag":true}"#,
    r#"{"TotalCount":1,"State":"s","Flag":true,"Note":null}"#,
    r#"{"totalCount":1,"State":"s","Flag":true}"#,
    r#"[]"#,
    r#"[1]"#,
    r#"[1,"n",[1],"10","z",null,true]"#,
    r#"[1,"n",[1],"10","z",null,true,"x"]"#,
    r#"[1,"n",[1],"10","z",null,true,"x",{"Id":3}]"#,
    r#"[1,"n",[1],"10","z",null,true,"x",{"Id":3},"extra"]"#,
    r#"[1,null,null,null,null,null,null,null,null]"#,
    r#"["x"]"#,
    r#"[1,"n",[1],"ten"]"#,
    r#"5"#,
    r#""text""#,
    r#"null"#,
    r#"true"#,
];

fn same<T: Debug + PartialEq>(what: &str, input: &str, lean: T, derived: T) {
    assert_eq!(lean, derived, "{what} of {input}");
}

/// The outcome as text: the value serialized, or the error's message.
fn shown<T: Serialize, E: Debug + std::fmt::Display>(result: Result<T, E>) -> String {
    match result {
        Ok(value) => format!("Ok {}", serde_json::to_string(&value).unwrap()),
        Err(error) => format!("Err {error} / {error:?}"),
    }
}

#[test]
fn the_bare_payload_decodes_and_fails_alike() {
    for payload in PAYLOADS {
        same(
            "serde_json::from_str",
            payload,
            shown(serde_json::from_str::<lean::Probe>(payload)),
            shown(serde_json::from_str::<derived::Probe>(payload)),
        );
        same(
            "serde_json::from_slice",
            payload,
            shown(serde_json::from_slice::<lean::Probe>(payload.as_bytes())),
            shown(serde_json::from_slice::<derived::Probe>(payload.as_bytes())),
        );
        same(
            "serde_json::from_reader",
            payload,
            shown(serde_json::from_reader::<_, lean::Probe>(
                payload.as_bytes(),
            )),
            shown(serde_json::from_reader::<_, derived::Probe>(
                payload.as_bytes(),
            )),
        );
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(payload) {
            same(
                "serde_json::from_value",
                payload,
                shown(serde_json::from_value::<lean::Probe>(value.clone())),
                shown(serde_json::from_value::<derived::Probe>(value)),
            );
        }
        same(
            "the one-field struct",
            payload,
            shown(serde_json::from_str::<lean_one::Empty>(payload)),
            shown(serde_json::from_str::<derived_one::Empty>(payload)),
        );
        same(
            "the struct of required fields",
            payload,
            shown(serde_json::from_str::<lean_required::Required>(payload)),
            shown(serde_json::from_str::<derived_required::Required>(payload)),
        );
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(payload) {
            same(
                "the struct of required fields, from a value",
                payload,
                shown(serde_json::from_value::<lean_required::Required>(
                    value.clone(),
                )),
                shown(serde_json::from_value::<derived_required::Required>(value)),
            );
        }
        same(
            "the unit struct",
            payload,
            shown(serde_json::from_str::<lean_unit::Unit>(payload)),
            shown(serde_json::from_str::<derived_unit::Unit>(payload)),
        );
        same(
            "the struct without fields",
            payload,
            shown(serde_json::from_str::<lean_unit::Braces>(payload)),
            shown(serde_json::from_str::<derived_unit::Braces>(payload)),
        );
    }
}

#[test]
fn every_value_serializes_alike() {
    let full: lean::Probe = serde_json::from_str(FULL).unwrap();
    let mut values = vec![full.clone()];
    // Each optional field left out in turn, then all of them.
    for clear in 0..6 {
        let mut value = full.clone();
        match clear {
            0 => value.name = None,
            1 => value.ids = None,
            2 => value.weight = None,
            3 => value.zone = None,
            4 => value.state = None,
            _ => {
                value = lean::Probe {
                    total_count: 0,
                    name: None,
                    ids: None,
                    weight: None,
                    zone: None,
                    state: None,
                    flag: None,
                    note: None,
                    inner: None,
                }
            }
        }
        values.push(value);
    }
    for value in values {
        let derived = derived::Probe {
            total_count: value.total_count,
            name: value.name.clone(),
            ids: value.ids.clone(),
            weight: value.weight,
            zone: value.zone.clone(),
            state: value.state.clone(),
            flag: value.flag,
            note: value.note.clone(),
            inner: value.inner.clone(),
        };
        let lean_json = serde_json::to_string(&value).unwrap();
        assert_eq!(lean_json, serde_json::to_string(&derived).unwrap());
        assert_eq!(
            serde_json::to_value(&value).unwrap(),
            serde_json::to_value(&derived).unwrap()
        );
        // `skip_serializing_if` leaves `Weight` out when it is `None`, and only then.
        assert_eq!(lean_json.contains("\"Weight\""), value.weight.is_some());
    }
    for (lean, derived) in [
        (
            serde_json::to_string(&lean_unit::Unit).unwrap(),
            serde_json::to_string(&derived_unit::Unit).unwrap(),
        ),
        (
            serde_json::to_string(&lean_unit::Braces {}).unwrap(),
            serde_json::to_string(&derived_unit::Braces {}).unwrap(),
        ),
        (
            serde_json::to_string(&lean_one::Empty { only: None }).unwrap(),
            serde_json::to_string(&derived_one::Empty { only: None }).unwrap(),
        ),
    ] {
        assert_eq!(lean, derived);
    }
}

/// `serialize_feature` leaves `Serialize` out unless the crate's feature is on: the tests
/// crate has `round-trip` (on by default) and no `elsewhere`, which is the point.
#[allow(unexpected_cfgs)]
mod gated {
    use tencent_action::tencent_action;

    #[tencent_action(
        service = "cvm",
        version = "2017-03-12",
        action = "On",
        serialize_feature = "round-trip"
    )]
    pub struct On {
        pub id: u64,
    }

    #[tencent_action(
        service = "cvm",
        version = "2017-03-12",
        action = "Off",
        serialize_feature = "elsewhere"
    )]
    pub struct Off {
        pub id: u64,
    }

    #[tencent_action(
        service = "cvm",
        version = "2017-03-12",
        action = "UnitOff",
        serialize_feature = "elsewhere"
    )]
    pub struct UnitOff;
}

/// Whether `T` implements `Serialize`, told apart by method resolution: called on a
/// `&Probe<T>`, the impl on `Probe<T>` is found first but applies only when the bound
/// holds, else the one on `&Probe<T>` (one autoref further) does.
struct Probe<T>(std::marker::PhantomData<T>);

trait IsSerialize {
    fn serializes(&self) -> bool {
        true
    }
}

impl<T: Serialize> IsSerialize for Probe<T> {}

trait NotSerialize {
    fn serializes(&self) -> bool {
        false
    }
}

impl<T> NotSerialize for &Probe<T> {}

#[test]
// The borrow is the probe: without it both impls would be one autoref away.
#[allow(clippy::needless_borrow)]
fn serialize_comes_only_with_its_feature() {
    use std::marker::PhantomData;
    const { assert!(cfg!(feature = "round-trip"), "the tests crate's default") };
    assert!((&Probe::<gated::On>(PhantomData)).serializes());
    assert!(!(&Probe::<gated::Off>(PhantomData)).serializes());
    assert!(!(&Probe::<gated::UnitOff>(PhantomData)).serializes());
    // Decoding needs no feature.
    let off: gated::Off = serde_json::from_str(r#"{"Id":7}"#).unwrap();
    assert_eq!(off.id, 7);
    let _: gated::UnitOff = serde_json::from_str("null").unwrap();
    assert!((&Probe::<lean::Probe>(PhantomData)).serializes());
}

#[test]
fn the_envelope_reports_the_same_message_path_and_kind() {
    for payload in PAYLOADS {
        let body = format!(r#"{{"Response":{{"RequestId":"r","Extra":1,"P":{payload}}}}}"#);
        let inline = match payload.strip_prefix('{') {
            Some(rest) if rest != "}" => format!(r#"{{"Response":{{"RequestId":"r",{rest}}}"#),
            _ => r#"{"Response":{"RequestId":"r"}}"#.to_owned(),
        };
        for body in [body, inline] {
            let lean = tencent_action::from_str::<lean::Probe>(&body);
            let derived = tencent_action::from_str::<derived::Probe>(&body);
            same(
                "tencent_action::from_str",
                &body,
                described(lean),
                described(derived),
            );
            same(
                "tencent_action::from_str, required fields",
                &body,
                described(tencent_action::from_str::<lean_required::Required>(&body)),
                described(tencent_action::from_str::<derived_required::Required>(
                    &body,
                )),
            );
        }
    }
}

/// The outcome of the envelope: the payload serialized, or the error with its path and kind.
fn described<A: Serialize>(
    result: Result<tencent_action::Response<A>, tencent_action::Error>,
) -> String {
    match result {
        Ok(response) => format!("Ok {}", serde_json::to_string(&response).unwrap()),
        Err(tencent_action::Error::Decode(error)) => {
            format!("Err {error} / {:?} / {:?}", error.path(), error.kind())
        }
        Err(error) => format!("Err {error}"),
    }
}

#[test]
fn a_full_payload_decodes_every_field() {
    let probe: lean::Probe = serde_json::from_str(FULL).unwrap();
    assert_eq!(probe.weight, Some(10));
    assert_eq!(probe.flag, Some(true));
    assert_eq!(probe.ids, Some(vec![1, 2]));
    assert_eq!(probe.inner, Some(Box::new(Inner { id: 3 })));
    #[tencent_action(service = "cvm", version = "2017-03-12")]
    #[derive(Debug)]
    pub struct Unused {
        pub x: Option<u8>,
    }
    assert_eq!(serde_json::from_str::<Unused>("{}").unwrap().x, None);
}
