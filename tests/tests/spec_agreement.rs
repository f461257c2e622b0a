//! The code generator and the mock server type every member of every spec alike.
//!
//! For each member of every struct the generator emits, the field's Rust type is read
//! back from the generated source, and the mock's request check (`check_request`) is
//! sent values of every JSON type, bare and in a list, with the mock's own made-up value
//! of the member: what serde_json decodes into the Rust type the mock must accept, and
//! what it cannot decode the mock must refuse as a wrong type naming the member. Both
//! tools take a member's type from the spec crate's rule; this test fails when either
//! stops following it.
//!
//! It reads the repository's specs. `SPEC_AGREEMENT_DIR=<folder of service folders>`
//! runs it over another set: `spec/check-published` does so over Tencent's whole
//! published set.

#[path = "spec_agreement/rust_types.rs"]
mod rust_types;

use rust_types::{RustElement, RustType};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use tencent_action_codegen::{GeneratedModule, Options, generate_spec};
use tencent_action_mock::{Strictness, Violation, check_request, generate_object};
use tencent_action_spec::{Member, Spec, service_versions};

/// What the comparison found.
#[derive(Default)]
struct Report {
    services: BTreeSet<String>,
    versions: usize,
    /// Members of a struct the generator emits, each compared.
    members: usize,
    /// Values sent to the mock.
    probes: usize,
    /// Members of structs that no action uses: the generator emits no type for them.
    unused_members: usize,
    /// Versions that could not be read or generated, with why.
    skipped: Vec<String>,
    disagreements: Vec<String>,
}

#[test]
fn the_generator_and_the_mock_type_every_member_alike() {
    let (root, ours) = match std::env::var_os("SPEC_AGREEMENT_DIR") {
        Some(dir) => (PathBuf::from(dir), false),
        None => (
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services"),
            true,
        ),
    };
    let versions = service_versions(&root).unwrap_or_else(|error| panic!("{error}"));
    let mut report = Report::default();
    for version in &versions {
        report.services.insert(version.service.clone());
        report.versions += 1;
        let place = format!("{}/{}", version.service, version.version);
        let spec = match version.api() {
            Ok(spec) => spec,
            Err(error) => {
                report.skipped.push(format!("{place}: {error}"));
                continue;
            }
        };
        match generate_spec(&spec, None, &Options::default()) {
            Ok(module) => compare(&place, &spec, &module, &mut report),
            Err(error) => report.skipped.push(format!("{place}: {error}")),
        }
    }
    eprintln!(
        "{} services, {} versions ({} skipped): {} members compared with {} values, {} members \
         of unused structs; {} disagreements",
        report.services.len(),
        report.versions,
        report.skipped.len(),
        report.members,
        report.probes,
        report.unused_members,
        report.disagreements.len(),
    );
    for skipped in &report.skipped {
        eprintln!("skipped {skipped}");
    }
    for disagreement in &report.disagreements {
        eprintln!("disagreement: {disagreement}");
    }
    if ours {
        // The data holds 33 services; fewer means the folder was not found whole.
        assert_eq!(report.services.len(), 33, "services in the data");
        assert!(report.skipped.is_empty(), "{}", report.skipped.join("\n"));
    }
    assert!(report.members > 0, "no member compared");
    assert!(
        report.disagreements.is_empty(),
        "{} disagreements, listed above",
        report.disagreements.len()
    );
}

/// Walks the generated structs from the actions' requests and responses, pairing each
/// with its spec struct through the members that name it, and compares every member.
fn compare(place: &str, spec: &Spec, module: &GeneratedModule, report: &mut Report) {
    let structs = match rust_types::structs(module.source()) {
        Ok(structs) => structs,
        Err(error) => {
            report.disagreements.push(format!("{place}: {error}"));
            return;
        }
    };
    // (spec struct, Rust struct, whether it is an action's response)
    let mut queue: Vec<(String, String, bool)> = Vec::new();
    for action in module.actions() {
        let definition = &spec.actions[action.name()];
        queue.push((
            definition.output.clone(),
            action.type_name().to_owned(),
            true,
        ));
        if let Some(input) = &definition.input {
            queue.push((input.clone(), action.request_type_name().to_owned(), false));
        }
    }
    let mut spec_of: BTreeMap<String, String> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut used = BTreeSet::new();
    while let Some((object, rust, response)) = queue.pop() {
        if !seen.insert((object.clone(), rust.clone(), response)) {
            continue;
        }
        used.insert(object.clone());
        let at = format!("{place} {object} (Rust {rust})");
        let Some(fields) = structs.get(&rust) else {
            report
                .disagreements
                .push(format!("{at}: the generator emits no such struct"));
            continue;
        };
        let mut names = BTreeSet::new();
        for member in &spec.objects[&object].members {
            // The generator keeps the first of two members of one name; the envelope
            // holds a response's RequestId and Error.
            if !names.insert(member.name.as_str())
                || (response && matches!(member.name.as_str(), "RequestId" | "Error"))
            {
                continue;
            }
            let Some(ty) = fields.get(&member.name) else {
                report.disagreements.push(format!(
                    "{at}.{}: the generator emits no field",
                    member.name
                ));
                continue;
            };
            if let RustElement::Struct(target) = &ty.element {
                match spec_of.get(target) {
                    Some(known) if *known != member.member => report.disagreements.push(format!(
                        "{at}.{}: Rust struct {target} is both {known} and {}",
                        member.name, member.member
                    )),
                    _ => {
                        spec_of.insert(target.clone(), member.member.clone());
                        queue.push((member.member.clone(), target.clone(), false));
                    }
                }
            }
            report.members += 1;
            let ctx = Context {
                spec,
                spec_of: &spec_of,
            };
            for problem in ctx.probe(&object, member, ty, &mut report.probes) {
                report
                    .disagreements
                    .push(format!("{at}.{}: {problem}", member.name));
            }
        }
    }
    report.unused_members += spec
        .objects
        .iter()
        .filter(|(name, _)| !used.contains(*name))
        .map(|(_, object)| object.members.len())
        .sum::<usize>();
}

struct Context<'a> {
    spec: &'a Spec,
    /// Rust struct → the spec struct it was generated from.
    spec_of: &'a BTreeMap<String, String>,
}

impl Context<'_> {
    /// Sends the mock values for `member` of `object`, each in a request that is
    /// otherwise valid; says where the mock and the Rust type `ty` disagree.
    fn probe(
        &self,
        object: &str,
        member: &Member,
        ty: &RustType,
        count: &mut usize,
    ) -> Vec<String> {
        let base = generate_object(self.spec, object, true);
        let made_up = generate_object(self.spec, object, false).remove(&member.name);
        let mut problems = Vec::new();
        for value in self.values(ty).into_iter().chain(made_up) {
            *count += 1;
            let mut params = base.clone();
            params.insert(member.name.clone(), value.clone());
            let verdict = match check_request(self.spec, object, &params, Strictness::Json) {
                // A member that a struct inside the value requires is not a judgement of
                // the type: made-up values of recursive structs stop at a depth.
                Err(Violation::Missing(path)) if path.starts_with(&format!("{}.", member.name)) => {
                    Ok(())
                }
                verdict => verdict,
            };
            let expected = if ty.decodes(&value) {
                Ok(())
            } else {
                Err(Violation::WrongType(refused_at(&member.name, ty, &value)))
            };
            if verdict != expected {
                let decodes = if expected.is_ok() {
                    "decodes it"
                } else {
                    "does not"
                };
                problems.push(format!(
                    "{} for `{}`/`{}`: Rust {} {decodes}, the mock says {verdict:?}",
                    shorten(&value),
                    member.kind,
                    member.member,
                    describe(ty),
                ));
            }
        }
        problems
    }

    /// A value of every JSON type, bare and as the one item of a list, and an empty list.
    /// A struct's own value is one the mock makes: its members are probed on their own.
    fn values(&self, ty: &RustType) -> Vec<Value> {
        let object = match &ty.element {
            RustElement::Struct(rust) => {
                let spec_name = self.spec_of.get(rust).map(String::as_str).unwrap_or("");
                Value::Object(generate_object(self.spec, spec_name, true))
            }
            _ => json!({"Key": 1}),
        };
        let scalars = [
            json!(true),
            json!(-1),
            json!(7),
            json!(i64::MIN),
            json!(u64::MAX),
            json!(0.5),
            json!("text"),
            object,
        ];
        let mut values: Vec<Value> = scalars.to_vec();
        values.extend(scalars.iter().map(|value| json!([value])));
        values.push(Value::Array(Vec::new()));
        values
    }
}

/// Where the mock should say a refused value is wrong: the member, or the first item of
/// a list member that its element type cannot decode.
fn refused_at(name: &str, ty: &RustType, value: &Value) -> String {
    if let (true, Value::Array(items)) = (ty.list, value) {
        let element = RustType {
            element: ty.element.clone(),
            list: false,
        };
        if let Some(index) = items.iter().position(|item| !element.decodes(item)) {
            return format!("{name}.{index}");
        }
    }
    name.to_owned()
}

/// A value as a line of a report: long ones cut.
fn shorten(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text,
    }
}

fn describe(ty: &RustType) -> String {
    let element = match &ty.element {
        RustElement::I64 => "i64".to_owned(),
        RustElement::U64 => "u64".to_owned(),
        RustElement::F64 => "f64".to_owned(),
        RustElement::Bool => "bool".to_owned(),
        RustElement::String => "String".to_owned(),
        RustElement::Json => "serde_json::Value".to_owned(),
        RustElement::Struct(name) => name.clone(),
    };
    if ty.list {
        format!("Vec<{element}>")
    } else {
        element
    }
}
