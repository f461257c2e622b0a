//! Properties over generated values: every payload of the test shapes comes back equal
//! through its envelope, whatever the key order and whatever unknown fields surround it;
//! every code string, known or not, is kept exactly and classified by its dotted prefix.

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use tencent_action::code::belongs_to;
use tencent_action::{
    Category, Code, CommonCode, Error, ErrorCode, FromCode, Response, from_slice,
};
use tencent_action_tests::InstanceStatus;
use tencent_action_tests::differential::check;
use tencent_action_tests::mutate::Rng;
use tencent_action_tests::shapes::{
    Borrowed, CatchAll, DescribeInstancesStatus, Flat, Image, Optional, Placement, Shape, Unit,
    WithCodes, WithCodesErrorCode,
};
use tencent_action_tests::tree::Node;

/// How a well-formed body may vary without changing what it says.
#[derive(Clone, Debug)]
struct Noise {
    /// Shuffles the keys of every object.
    order: u64,
    /// Unknown fields for `Response` and the top level: names no shape uses.
    unknown: Vec<(String, serde_json::Value)>,
    /// Whether the payload may take them (a catch-all map takes every field).
    into_response: bool,
}

fn finite() -> impl Strategy<Value = f64> {
    any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
}

/// A string that serde_json writes without escapes, so that a `&str` can borrow it.
fn plain() -> impl Strategy<Value = String> {
    "[^\"\\\\\\p{Cc}]{0,12}"
}

fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        finite().prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            btree_map(any::<String>(), inner, 0..4)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

fn noise() -> impl Strategy<Value = Noise> {
    (any::<u64>(), vec(("[a-z]{1,8}", json()), 0..4)).prop_map(|(order, unknown)| Noise {
        order,
        // Lower-case names: every field of every shape is PascalCase.
        unknown: unknown
            .into_iter()
            .map(|(name, value)| (format!("x{name}"), value))
            .collect(),
        into_response: true,
    })
}

/// Every object's keys shuffled, recursively.
fn shuffle(node: &mut Node, rng: &mut Rng) {
    match node {
        Node::Object(entries) => {
            rng.shuffle(entries);
            for (_, value) in entries {
                shuffle(value, rng);
            }
        }
        Node::Array(items) => items.iter_mut().for_each(|item| shuffle(item, rng)),
        Node::Scalar(_) | Node::Raw(_) => {}
    }
}

/// The envelope of `data`, with its keys in another order and unknown fields around it.
fn body_of<A: Serialize>(data: &A, request_id: &str, noise: &Noise) -> Vec<u8> {
    let text = serde_json::to_vec(&Response::new(data, request_id)).expect("it serializes");
    let mut tree = Node::parse(&text).expect("serde_json writes JSON");
    let mut rng = Rng::new(noise.order);
    for (name, value) in &noise.unknown {
        let value = Node::parse(&serde_json::to_vec(value).unwrap()).unwrap();
        let (into, at) = match (noise.into_response, rng.one_in(2)) {
            (true, true) => (tree.get_mut("Response").unwrap(), rng.next_u64()),
            _ => (&mut tree, rng.next_u64()),
        };
        let entries = into.entries_mut().unwrap();
        let at = at as usize % (entries.len() + 1);
        entries.insert(at, (Node::key(name), value));
    }
    shuffle(&mut tree, &mut rng);
    tree.to_bytes()
}

/// Decodes the noisy envelope of `data`: equal to `data`, the same RequestId, and the
/// oracle agrees. Values are compared by their `Debug` text, exact for floats and equal
/// for equal values, because a borrowed shape decoded from the body and the one it was
/// made from have different lifetimes.
fn round_trip<S: Shape>(data: &S::Of<'_>, request_id: &str, noise: &Noise) {
    let body = body_of(data, request_id, noise);
    let decoded = from_slice::<S::Of<'_>>(&body).unwrap_or_else(|error| {
        panic!("{}\n  gave {error}", String::from_utf8_lossy(&body));
    });
    assert_eq!(
        format!("{:?}", decoded.data()),
        format!("{data:?}"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    assert_eq!(
        decoded.request_id(),
        Some(request_id).filter(|id| !id.is_empty())
    );
    if let Err(disagreement) = check::<S>(&body) {
        panic!("{}\n{disagreement}", String::from_utf8_lossy(&body));
    }
}

fn instance() -> impl Strategy<Value = InstanceStatus> {
    (any::<String>(), any::<String>()).prop_map(|(instance_id, instance_state)| InstanceStatus {
        instance_id,
        instance_state,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn flat_round_trips(
        total_count in any::<i64>(),
        quota in any::<u32>(),
        ratio in finite(),
        enabled in any::<bool>(),
        instance_id in any::<String>(),
        tags in vec(any::<String>(), 0..4),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        let data = Flat { total_count, quota, ratio, enabled, instance_id, tags };
        round_trip::<Flat>(&data, &request_id, &noise);
    }

    #[test]
    fn nested_round_trips(
        total_count in any::<i64>(),
        instance_status_set in vec(instance(), 0..5),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        let data = DescribeInstancesStatus { total_count, instance_status_set };
        round_trip::<DescribeInstancesStatus>(&data, &request_id, &noise);
    }

    #[test]
    fn optional_round_trips(
        total_count in any::<Option<i64>>(),
        placement in any::<Option<(String, Option<i64>)>>(),
        disk_ids in any::<Option<Vec<String>>>(),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        let placement = placement.map(|(zone, project_id)| Placement { zone, project_id });
        let data = Optional { total_count, placement, disk_ids };
        round_trip::<Optional>(&data, &request_id, &noise);
    }

    #[test]
    fn borrowed_round_trips(
        zone in plain(),
        name in any::<String>(),
        images in vec((plain(), any::<String>()), 0..4),
        labels in btree_map(plain(), any::<i64>(), 0..4),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        let data = Borrowed {
            zone: &zone,
            name: Cow::Borrowed(&name),
            image_set: images
                .iter()
                .map(|(id, name)| Image { image_id: id, image_name: Cow::Borrowed(name) })
                .collect(),
            labels: labels.iter().map(|(key, value)| (key.as_str(), *value)).collect(),
        };
        round_trip::<Borrowed<'static>>(&data, &request_id, &noise);
    }

    #[test]
    fn coded_and_unit_round_trip(
        instance_id_set in vec(any::<String>(), 0..4),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        round_trip::<WithCodes>(&WithCodes { instance_id_set }, &request_id, &noise);
        round_trip::<Unit>(&Unit, &request_id, &noise);
    }

    #[test]
    fn any_payload_round_trips_through_the_catch_all(
        fields in btree_map("[A-Z][A-Za-z]{0,8}", json(), 0..6),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        // Every field is the payload's: unknown fields go to the top level only.
        let fields: BTreeMap<_, _> = fields
            .into_iter()
            .filter(|(name, _)| name != "RequestId" && name != "Error")
            .collect();
        let noise = Noise { into_response: false, ..noise };
        round_trip::<CatchAll>(&CatchAll { fields }, &request_id, &noise);
    }
}

/// Error codes: any string, a code of the table, a sub-code of one, a lookalike without
/// the dot, or dotted segments with empty ones.
fn code() -> impl Strategy<Value = String> {
    let known = proptest::sample::select(CommonCode::ALL).prop_map(|code| code.as_str().to_owned());
    let declared = proptest::sample::select(
        &[
            "InvalidInstanceId.NotFound",
            "InvalidParameterValue.InstanceIdMalformed",
            "InvalidParameterValueLimit",
            "LimitExceeded.InstanceQuota",
            "ResourceInsufficient.CloudDiskSoldOut",
            "AuthFailure",
            "RequestLimitExceeded.JobNumExceed",
        ][..],
    )
    .prop_map(str::to_owned);
    prop_oneof![
        any::<String>(),
        known.clone(),
        declared,
        (known.clone(), "[A-Za-z0-9.]{0,12}").prop_map(|(code, rest)| format!("{code}.{rest}")),
        (known, "[A-Za-z0-9]{1,6}").prop_map(|(code, rest)| format!("{code}{rest}")),
        vec("[A-Za-z]{0,4}", 0..5).prop_map(|segments| segments.join(".")),
    ]
}

/// The category the last segment's own name gives a code with a `#` in it: no table
/// holds such a name, so it is the shape of a rate or a quota, if the name has one.
fn shaped(code: &str) -> Option<Category> {
    let name = code.rsplit('.').next().unwrap_or(code);
    Some(Category::of(name)).filter(|category| *category != Category::Unknown)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn every_code_is_kept_exactly(code in code()) {
        let (common, declared) = (Code::from_code(&code), WithCodesErrorCode::from_code(&code));
        prop_assert_eq!(common.as_str(), code.as_str());
        prop_assert_eq!(declared.as_str(), code.as_str());
        prop_assert_eq!(code.parse::<Code>().unwrap().to_string(), code.as_str());
        match CommonCode::from_exact(&code) {
            Some(common) => {
                prop_assert_eq!(common.as_str(), code.as_str());
                prop_assert_eq!(Code::from_code(&code), Code::Common(common));
                prop_assert_eq!(Category::of(&code), common.category());
            }
            None => prop_assert!(matches!(Code::from_code(&code), Code::Other(_))),
        }
    }

    #[test]
    fn codes_are_classified_by_their_dotted_prefix(code in code(), tail in "[A-Za-z]{0,6}") {
        // `#` is in no Tencent code: the sub-code is unknown, and so takes its parent's
        // category and family, and belongs to it.
        // (Unless its own name has the shape of a rate or a quota, `#DayMax` say.)
        let child = format!("{code}.#{tail}");
        let inherited = shaped(&child).unwrap_or_else(|| Category::of(&code));
        prop_assert_eq!(Category::of(&child), inherited);
        prop_assert_eq!(CommonCode::family_of(&child), CommonCode::family_of(&code));
        prop_assert!(belongs_to(&child, &code));
        prop_assert_eq!(WithCodesErrorCode::from_code(&child).category(), inherited);

        // Without the dot it is a code of its own, under the parent of `code` only.
        let lookalike = format!("{code}#{tail}");
        prop_assert!(!belongs_to(&lookalike, &code));
        let parent = code.rfind('.').map(|dot| &code[..dot]);
        prop_assert_eq!(
            Category::of(&lookalike),
            shaped(&lookalike).unwrap_or_else(|| parent.map_or(Category::Unknown, Category::of))
        );
        prop_assert_eq!(
            CommonCode::family_of(&lookalike),
            parent.and_then(CommonCode::family_of)
        );

        // A family is the code itself or a prefix ending at a dot, nothing else.
        for family in [code.as_str(), child.as_str(), lookalike.as_str(), ""] {
            let expected = code == family || code.starts_with(&format!("{family}."));
            prop_assert_eq!(belongs_to(&code, family), expected, "{:?} in {:?}", code, family);
        }
        if let Some(family) = CommonCode::family_of(&code) {
            prop_assert!(Code::from_code(&code).belongs_to(family));
        }
    }

    #[test]
    fn every_code_comes_back_from_the_server_exactly(
        code in code(),
        message in proptest::option::of(any::<String>()),
        request_id in any::<String>(),
        noise in noise(),
    ) {
        let error = match &message {
            Some(message) => serde_json::json!({"Code": code, "Message": message}),
            None => serde_json::json!({"Code": code}),
        };
        let body = serde_json::json!({"Response": {"Error": error, "RequestId": request_id}});
        let mut tree = Node::parse(&serde_json::to_vec(&body).unwrap()).unwrap();
        shuffle(&mut tree, &mut Rng::new(noise.order));
        let body = tree.to_bytes();
        match from_slice::<WithCodes>(&body) {
            Err(Error::Api(error)) => {
                prop_assert_eq!(error.code(), code.as_str());
                prop_assert_eq!(error.message(), message.as_deref().unwrap_or(""));
                prop_assert_eq!(
                    error.request_id(),
                    Some(request_id.as_str()).filter(|id| !id.is_empty())
                );
                let declared = error.action_code::<WithCodes>();
                prop_assert_eq!(declared.as_str(), code.as_str());
                prop_assert_eq!(error.category(), Category::of(&code));
            }
            other => prop_assert!(false, "{} gave {:?}", String::from_utf8_lossy(&body), other),
        }
    }
}
