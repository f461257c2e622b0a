//! Every action of every service in the repository's data (all 33): the request made
//! from its input struct passes the mock's checks; its conforming answer fits its output
//! struct, and its default answer is its first documentation example as published. (The services the `generated` test compiles are also decoded with the
//! generated types, in the tests crate: `tests/tests/generated/mock_answers.rs`.)

use std::path::Path;
use tencent_action_mock::{
    Call, Catalog, Strictness, check_request, default_answer, fits_output, sample_request,
};

#[test]
fn every_action_accepts_its_sample_request_and_answers_to_its_schema() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let catalog = Catalog::load(&dir, &[]).expect("the data loads");
    let mut actions = 0;
    let mut from_examples = 0;
    let mut breaking_the_spec = 0;
    let mut failures = Vec::new();
    for (service, version, service_version) in catalog.versions() {
        let spec = &service_version.spec;
        for (name, action) in &spec.actions {
            actions += 1;
            let params = sample_request(&catalog, service, version, name).expect("in the catalog");
            if let Some(input) = &action.input {
                if let Err(violation) = check_request(spec, input, &params, Strictness::Json) {
                    failures.push(format!("{service} {name}: request {violation:?}"));
                }
            }
            let call = Call {
                service: service.to_owned(),
                version: version.to_owned(),
                action: name.clone(),
                params,
            };
            let answer = default_answer(&catalog, &call, true);
            if !fits_output(spec, &action.output, &answer) {
                failures.push(format!(
                    "{service} {name}: answer does not fit {}",
                    action.output
                ));
            }
            let successes: Vec<_> = service_version
                .examples
                .actions
                .get(name)
                .into_iter()
                .flatten()
                .filter_map(|example| example.output.as_deref())
                .filter_map(|output| serde_json::from_str::<serde_json::Value>(output).ok())
                .filter_map(|output| output["Response"].as_object().cloned())
                .filter(|response| !response.contains_key("Error"))
                .map(|mut response| {
                    response.remove("RequestId");
                    response
                })
                .collect();
            from_examples += usize::from(successes.contains(&answer));
            let published = default_answer(&catalog, &call, false);
            match successes.first() {
                Some(first) if *first != published => failures.push(format!(
                    "{service} {name}: the default answer is not the first example as published"
                )),
                Some(first) if !fits_output(spec, &action.output, first) => breaking_the_spec += 1,
                Some(_) => {}
                None if published != answer => failures.push(format!(
                    "{service} {name}: without an example, the answers differ"
                )),
                None => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(catalog.versions().count() >= 33);
    // Most actions are answered with their documentation example, not a made-up one.
    assert!(
        from_examples * 10 > actions * 7,
        "{from_examples} of {actions} from examples"
    );
    // The repository's data has examples that break their spec (tests/data/disagreements.jsonl).
    assert!(breaking_the_spec > 0);
    eprintln!(
        "{actions} actions; {from_examples} answered with a documentation example; \
         {breaking_the_spec} served as published although they break the spec"
    );
}
