//! What the generator makes of a spec with every oddity it must handle
//! (`data/edge/api.json`); the `generated` test of the workspace's tests crate
//! compiles the same module under `#![deny(warnings, clippy::all, missing_docs)]` and
//! decodes with it.

use tencent_action_codegen::{GeneratedModule, Mode, Options, generate};

const SPEC: &str = include_str!("../../data/edge/api.json");
const ERRORS: &str = include_str!("../../data/edge/errors.json");

fn edge(mode: Mode) -> GeneratedModule {
    generate(SPEC, Some(ERRORS), &Options { mode }).unwrap()
}

/// The item that starts with `start`, up to the next blank line.
fn item<'a>(source: &'a str, start: &str) -> &'a str {
    let at = source
        .find(start)
        .unwrap_or_else(|| panic!("no `{start}` in\n{source}"));
    let rest = &source[at..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

fn assert_has(haystack: &str, needle: &str) {
    assert!(haystack.contains(needle), "no `{needle}` in\n{haystack}");
}

#[test]
fn the_output_is_deterministic_and_independent_of_key_order() {
    let first = edge(Mode::Tolerant);
    assert_eq!(first, edge(Mode::Tolerant));
    // The same spec with every object's keys reversed.
    let mut value: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    for key in ["actions", "objects"] {
        let map = value[key].as_object().unwrap().clone();
        let reversed: serde_json::Map<_, _> = map.into_iter().rev().collect();
        value[key] = serde_json::Value::Object(reversed);
    }
    let reordered = generate(&value.to_string(), Some(ERRORS), &Options::default()).unwrap();
    assert_eq!(first.source(), reordered.source());
}

#[test]
fn every_action_has_a_struct_and_the_offline_one_is_deprecated() {
    let module = edge(Mode::Tolerant);
    let actions: Vec<(&str, &str, bool)> = module
        .actions()
        .iter()
        .map(|action| (action.name(), action.type_name(), action.deprecated()))
        .collect();
    assert_eq!(
        actions,
        [
            ("Box", "BoxAction", false),
            ("DescribeGone", "DescribeGone", true),
            ("DescribeOld", "DescribeOld", true),
            ("DescribeThings", "DescribeThings", false),
            ("ListByToken", "ListByToken", false),
            ("ListPages", "ListPages", false),
            ("Record", "Record", false),
            ("StartThing", "StartThing", false),
        ]
    );
    let source = module.source();
    // Offline actions keep their types (old code and examples name them), deprecated
    // with a note that says why, and so do the structures only they use.
    assert_has(
        item(source, "#[deprecated = \"`DescribeGone`"),
        "#[deprecated = \"`DescribeGone` is offline (Tencent no longer serves it) in the edge 2024-01-01 specification\"]\npub struct DescribeGone {",
    );
    assert_has(source, "pub struct OnlyOffline {");
    // A structure only requests use is generated for them, with the request rule: the
    // spec says nothing is required, so everything is an `Option`.
    assert_has(
        item(source, "pub struct RequestOnly {"),
        "pub name: Option<String>,",
    );
    assert_has(
        source,
        "Offline actions, which Tencent no longer serves (their types are deprecated): `DescribeGone`.",
    );
    assert_has(
        item(source, "#[deprecated = \"`DescribeOld`"),
        "#[deprecated = \"`DescribeOld` is deprecated in the edge 2024-01-01 specification\"]\npub struct DescribeOld {",
    );
    // Calling it through the client warns too.
    assert_has(
        module.client_source(),
        "    #[deprecated = \"`DescribeOld` is deprecated in the edge 2024-01-01 specification\"]\n    #[allow(deprecated)]\n    #[inline]\n    pub fn describe_old<",
    );
    assert_has(source, "pub struct StartThing;");
}

#[test]
fn field_names_are_valid_idiomatic_and_keep_their_wire_names() {
    let module = edge(Mode::Strict);
    let things = item(module.source(), "pub struct DescribeThings {");
    for field in [
        "    pub r#type: String,",
        "    pub self_: String,",
        "    pub crate_: i64,",
        "    pub r#async: bool,",
        "    pub r#gen: f64,",
        "    #[serde(rename = \"3DCount\")]\n    pub field_3d_count: u64,",
        "    #[serde(rename = \"CPU\")]\n    pub cpu: i64,",
        "    #[serde(rename = \"IPv6Addresses\")]\n    pub ipv6_addresses: Vec<String>,",
        "    pub instance_id: String,",
        "    #[serde(rename = \"InstanceID\")]\n    pub instance_id_2: String,",
        "    #[serde(rename = \"instance_id\")]\n    pub instance_id_3: String,",
    ] {
        assert_has(things, field);
    }
    assert_eq!(
        things.matches("pub r#type").count(),
        1,
        "a repeated wire name is dropped"
    );
    assert!(!things.contains("pub error"), "`Error` is the envelope's");
    assert!(
        !things.contains("request_id"),
        "`RequestId` is the envelope's"
    );
}

#[test]
fn type_names_avoid_every_collision() {
    let module = edge(Mode::Tolerant);
    let source = module.source();
    // `Record` is an action, so the struct `Record` of the spec is `RecordData`; `Box` and
    // `Option` would shadow what the module spells; `DescribeOldResponse` is the alias of
    // `DescribeOld`; `instance_info` becomes what `InstanceInfo` already is.
    for renamed in [
        "pub struct RecordData {",
        "pub struct BoxData {",
        "pub struct OptionData {",
        "pub struct DescribeOldResponseData {",
        "pub struct InstanceInfoData {",
        "pub struct InstanceInfo {",
        "pub struct Record {",
        "pub struct BoxAction {",
    ] {
        assert_has(source, renamed);
    }
    assert_has(
        item(source, "/// snake"),
        "`instance_info` in the specification: renamed",
    );
    assert!(!source.contains("struct Box {") && !source.contains("struct Option {"));
}

#[test]
fn cycles_are_boxed_and_lists_are_not() {
    let source = edge(Mode::Tolerant).into_source();
    let record = item(&source, "pub struct RecordData {");
    assert_has(record, "pub parent: Option<Box<RecordData>>,");
    assert_has(record, "pub children: Option<Vec<RecordData>>,");
    assert_has(
        item(&source, "pub struct Ping {"),
        "pub pong: Option<Box<Pong>>,",
    );
    assert_has(
        item(&source, "pub struct Pong {"),
        "pub ping: Option<Box<Ping>>,",
    );
    assert_has(
        item(&source, "pub struct DescribeThings {"),
        "pub record: Option<RecordData>,",
    );
}

#[test]
fn tolerant_fields_are_optional_and_read_leniently() {
    let source = edge(Mode::Tolerant).into_source();
    let things = item(&source, "pub struct DescribeThings {");
    let lenient = "    #[serde(\n        default,\n        skip_serializing_if = \"Option::is_none\",\n        \
                   deserialize_with = \"tencent_action::tolerant::deserialize\"\n    )]\n";
    for field in [
        "pub crate_: Option<i64>,",
        "pub r#gen: Option<f64>,",
        "pub r#async: Option<bool>,",
        "pub when: Option<String>,",
        "pub numbers: Option<Vec<i64>>,",
        "pub unsigned: Option<Vec<u64>>,",
    ] {
        assert_has(things, &format!("{lenient}    {field}"));
    }
    let plain = "    #[serde(default, skip_serializing_if = \"Option::is_none\")]\n";
    for field in [
        "pub anything: Option<serde_json::Value>,",
        "pub dangling: Option<serde_json::Value>,",
        "pub records: Option<Vec<RecordData>>,",
        "pub empty: Option<Empty>,",
    ] {
        assert_has(things, &format!("{plain}    {field}"));
    }
    assert!(!things.contains("strict::"), "{things}");
}

#[test]
fn strict_fields_follow_the_spec_promises() {
    let source = edge(Mode::Strict).into_source();
    let things = item(&source, "pub struct DescribeThings {");
    assert_has(things, "    pub crate_: i64,");
    assert_has(things, "    pub records: Vec<RecordData>,");
    assert_has(things, "    pub odd: i64,");
    assert_has(
        things,
        "        deserialize_with = \"tencent_action::strict::non_null\"\n    )]\n    pub maybe: Option<u64>,",
    );
    // Always sent, but may be null: present or an error, no `default`.
    assert_has(
        things,
        "    #[serde(\n        skip_serializing_if = \"Option::is_none\",\n        \
         deserialize_with = \"<Option<_> as serde::Deserialize>::deserialize\"\n    )]\n    \
         pub nullable: Option<String>,",
    );
    // A disabled member may be left out even where the spec once promised it.
    assert_has(things, "    pub withdrawn: Option<String>,");
    assert!(!things.contains("tolerant::"), "{things}");
}

#[test]
fn own_error_codes_are_typed_and_common_ones_are_not() {
    let source = edge(Mode::Tolerant).into_source();
    let things = item(
        &source,
        "#[tencent_action::tencent_action(\n    service = \"edge\",\n    version = \"2024-01-01\",\n    action = \"DescribeThings\"",
    );
    assert_has(
        things,
        "\"ResourceNotFound.Thing\" = \"没有 \\\\[thing\\\\]：见 /document/api/1#x x\"",
    );
    assert_has(things, "\"A.B_C\" = \"upper\"");
    assert_has(things, "\"3Des.Bad\" = \"digit\"");
    assert_has(things, "\"Undescribed.Code\"");
    assert_has(things, "\"A.b_c\"");
    assert_has(things, "\"Self\"");
    for dropped in ["InternalError", "Bad Code"] {
        assert!(!things.contains(dropped), "{dropped} in\n{things}");
    }
    // StartThing lists only a common code: no `errors(...)` at all.
    assert_has(
        &source,
        "    action = \"StartThing\",\n    serialize_feature = \"round-trip\"\n)]\n#[derive(Debug, Clone, PartialEq)]\npub struct StartThing;",
    );
}

#[test]
fn docs_are_rustdoc_without_html_or_stray_links() {
    let source = edge(Mode::Tolerant).into_source();
    let docs = item(
        &source,
        "/// 查询 \\[things\\]: the response of `DescribeThings`.",
    );
    for expected in [
        "/// - A：正常",
        "/// ```text\n/// {\"a\": [1]}\n/// ```",
        "/// 见\\[公共错误码\\]，参考[InstanceStatus](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)",
        "[计费](https://cloud.tencent.com/document/product/213/2180)和 <https://cloud.tencent.com/x>。",
        "/// \\<key\\>:\\<value\\> \\[^1\\] ab \\<script\\>x\\</script\\> `[x]` \\` stray",
    ] {
        assert_has(docs, expected);
    }
    assert!(!source.contains('\u{202e}') && !source.contains('\t'));
    assert_has(
        &source,
        "//! 边界用例 (`edge`) API 2024-01-01: the requests and responses of its 8 actions, with tolerant decoding of responses.",
    );
}

#[test]
fn bad_specs_are_errors_that_say_where() {
    let error = |spec: &str| {
        generate(spec, None, &Options::default())
            .unwrap_err()
            .to_string()
    };
    let spec = |metadata: &str, actions: &str| {
        format!(r#"{{"metadata": {metadata}, "actions": {actions}, "objects": {{}}}}"#)
    };
    let metadata = r#"{"serviceShortName": "cvm", "apiVersion": "2017-03-12"}"#;
    assert_eq!(
        error(&spec(metadata, r#"{"X": {"output": "XResponse"}}"#)),
        "api.json at actions.X.output: names `XResponse`, which is not in `objects`"
    );
    assert_eq!(
        error(&spec(
            r#"{"serviceShortName": "cvm", "apiVersion": "v3"}"#,
            "{}"
        )),
        "api.json at metadata.apiVersion: `v3` is not an API version, a date like `2017-03-12`"
    );
    assert_eq!(
        error(&spec(
            r#"{"serviceShortName": "c v m", "apiVersion": "2017-03-12"}"#,
            "{}"
        )),
        "api.json at metadata.serviceShortName: `c v m` is not a service's short name, like `cvm`"
    );
    assert_eq!(
        error(r#"{"actions": {}, "objects": {}}"#),
        "api.json: missing field `metadata` at line 1 column 30"
    );
    let bad_errors = generate(&spec(metadata, "{}"), Some("7"), &Options::default());
    assert_eq!(
        bad_errors.unwrap_err().to_string(),
        "errors.json: invalid type: integer `7`, expected struct Errors at line 1 column 1"
    );
}

/// A spec with a request of every kind of member, and a structure requests and
/// responses share.
const REQUESTS: &str = r#"{
    "metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
    "actions": {
        "RunThings": {"name": "创建", "input": "RunThingsRequest", "output": "RunThingsResponse"},
        "ListThings": {"name": "列出", "input": "ListThingsRequest", "output": "ListThingsResponse"},
        "Ping": {"output": "PingResponse"}
    },
    "objects": {
        "RunThingsRequest": {"members": [
            {"name": "Zone", "type": "string", "member": "string", "required": true,
             "document": "可用区。"},
            {"name": "Count", "type": "int", "member": "int64", "required": true},
            {"name": "Tags", "type": "list", "member": "Tag", "required": false},
            {"name": "ClientToken", "type": "string", "member": "string", "required": false}
        ]},
        "RunThingsResponse": {"members": [{"name": "RequestId", "type": "string", "member": "string"}]},
        "ListThingsRequest": {"members": [
            {"name": "Filter", "type": "object", "member": "Tag", "required": false}
        ]},
        "ListThingsResponse": {"members": [
            {"name": "Tags", "type": "list", "member": "Tag", "output_required": true,
             "value_allowed_null": false},
            {"name": "RequestId", "type": "string", "member": "string"}
        ]},
        "PingResponse": {"members": [{"name": "RequestId", "type": "string", "member": "string"}]},
        "Tag": {"usage": "both", "members": [
            {"name": "Key", "type": "string", "member": "string", "required": true,
             "output_required": true, "value_allowed_null": false},
            {"name": "Value", "type": "string", "member": "string", "required": false,
             "output_required": true, "value_allowed_null": false}
        ]}
    }
}"#;

#[test]
fn requests_have_their_members_a_constructor_and_their_action() {
    for mode in [Mode::Tolerant, Mode::Strict] {
        let module = generate(REQUESTS, None, &Options { mode }).unwrap();
        let source = module.source();
        let run = item(source, "pub struct RunThingsRequest {");
        assert_has(run, "/// 可用区。\n    pub zone: String,");
        assert_has(run, "pub count: i64,");
        assert_has(run, "    pub tags: Option<Vec<Tag>>,");
        // Sent without `Tags` when it is `None`.
        assert_has(source, "s.optional(\"Tags\", &self.tags)?;");
        // Read back (the round trip) only with the crate's `round-trip` feature, and
        // absent `Tags` is `None`.
        assert_has(
            source,
            "#[cfg(feature = \"round-trip\")]\nimpl<'de> serde::Deserialize<'de> for RunThingsRequest {",
        );
        assert_has(source, "tags: r.or_default(f2),");
        assert_has(
            source,
            "pub fn new(zone: impl Into<String>, count: i64) -> Self {",
        );
        assert_has(
            source,
            "impl tencent_action::Request for RunThingsRequest {\n    type Action = RunThings;\n    const CLIENT_TOKEN: bool = true;\n}",
        );
        // Nothing required: `Default`, and no constructor.
        assert_has(
            source,
            "#[derive(Debug, Clone, PartialEq, Default)]\npub struct ListThingsRequest {",
        );
        assert_has(
            source,
            "impl tencent_action::Request for ListThingsRequest {\n    type Action = ListThings;\n}",
        );
        // No input at all: an empty request, serialized as `{}`.
        assert_has(source, "pub struct PingRequest {}");
        // The shared structure is generated once; strict mode makes a field plain only
        // where requests must carry it and responses always send it.
        assert_eq!(source.matches("pub struct Tag {").count(), 1);
        let tag = item(source, "pub struct Tag {");
        match mode {
            Mode::Tolerant => assert_has(tag, "pub key: Option<String>,"),
            Mode::Strict => {
                assert_has(tag, "pub key: String,");
                assert_has(tag, "pub value: Option<String>,");
                // Decoded by the shared decoder: `Key` must come, `Value` not as null.
                let decode = item(
                    source,
                    "impl tencent_action::__private::lean::Struct for Tag {",
                );
                assert_has(decode, "1 => r.non_null(&mut f1),");
                assert_has(decode, "match (f0,) {");
                assert_has(decode, "key: f0,");
                assert_has(decode, "value: r.or_default(f1),");
                assert_has(decode, "r.missing(&[(0, f0.is_none())])");
            }
        }
        let names: Vec<&str> = module
            .actions()
            .iter()
            .map(|action| action.request_type_name())
            .collect();
        assert_eq!(
            names,
            ["ListThingsRequest", "PingRequest", "RunThingsRequest"]
        );
    }
}

/// `with_options` is the client's own, like `new` and `inner`: an action whose method
/// would take the name gets another.
#[test]
fn the_client_has_with_options_and_no_action_takes_its_name() {
    let spec = r#"{
        "metadata": {"serviceShortName": "demo", "apiVersion": "2024-01-01"},
        "actions": {"WithOptions": {"input": "WithOptionsRequest", "output": "WithOptionsResponse"}},
        "objects": {
            "WithOptionsRequest": {"members": []},
            "WithOptionsResponse": {"members": [
                {"name": "RequestId", "type": "string", "member": "string"}
            ]}
        }
    }"#;
    let module = generate(spec, None, &Options::default()).unwrap();
    let client = module.client_source();
    assert_has(
        client,
        "    pub fn with_options(&self, options: tencent_action_client::CallOptions) -> Self {\n        Client {\n            inner: self.inner.with_options(options),\n        }\n    }",
    );
    assert_eq!(
        client.matches("pub fn with_options(").count(),
        1,
        "{client}"
    );
    assert_has(client, "pub fn with_options_2<");
}

#[test]
fn paged_actions_get_a_paginated_request_and_two_client_methods() {
    let tolerant = edge(Mode::Tolerant);
    let source = tolerant.source();
    // By page number, counted from 0 as its documentation says; the list and the total
    // inside the optional `Result`.
    let pages = item(
        source,
        "impl tencent_action::Paginated for ListPagesRequest {",
    );
    for expected in [
        "type Item = String;",
        "tencent_action::PageBy::PageNumber {\n        first: 0,\n    };",
        "tencent_action::Count::count(&self.page_no)",
        "tencent_action::Count::set_count(&mut self.page_no, start)",
        "tencent_action::Count::count(&self.page_size)",
        "page.result.as_mut()?.items.as_mut()",
        "tencent_action::Count::count(&page.result.as_ref()?.total)",
    ] {
        assert_has(pages, expected);
    }
    // By token: the request's token is required, the answer's optional.
    let token = item(
        source,
        "impl tencent_action::Paginated for ListByTokenRequest {",
    );
    for expected in [
        "type Item = TokenEntry;",
        "tencent_action::PageBy::Token;",
        "Some(self.next_token.as_str())",
        "self.next_token = token;",
        "page.next_token.as_deref()",
        "page.entries.as_mut()",
    ] {
        assert_has(token, expected);
    }
    assert!(!token.contains("fn total"), "{token}");
    // Strict mode: the promised members are plain values.
    let strict = edge(Mode::Strict);
    let pages = item(
        strict.source(),
        "impl tencent_action::Paginated for ListPagesRequest {",
    );
    assert_has(pages, "Some(&mut page.result.items)");
    assert_has(pages, "tencent_action::Count::count(&page.result.total)");
    // Only actions that page.
    assert_eq!(
        source.matches("impl tencent_action::Paginated for").count(),
        2
    );
    let client = tolerant.client_source();
    for method in [
        "list_pages_pages",
        "list_pages_items",
        "list_by_token_pages",
        "list_by_token_items",
    ] {
        assert_has(client, &format!("pub fn {method}("));
    }
    assert_has(
        client,
        "-> tencent_action_client::Items<super::ListByTokenRequest> {\n        self.inner.items(request)",
    );
    assert!(!client.contains("describe_things_pages"));
}
