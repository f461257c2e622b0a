//! The seed bodies of the fuzz targets and of the differential test: every response
//! example of the repository's copy of Tencent's data, the specification's two samples,
//! and one well-formed body of each test shape.

use std::path::{Path, PathBuf};

/// One seed: where it comes from, and the body.
#[derive(Clone, Debug)]
pub struct Seed {
    /// `cvm/v20170312/DescribeInstances#0`, `spec/success`, `shape/Flat`, ...
    pub name: String,
    /// The body, as the server sent it.
    pub body: Vec<u8>,
}

/// The folder of the service data.
pub fn services_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services")
}

/// The sample services (`data/sample-services.txt`): the folders the sweeps cover.
pub fn sample_services() -> Vec<String> {
    let list = services_dir().join("../../sample-services.txt");
    let text = std::fs::read_to_string(&list).unwrap_or_else(|e| panic!("{list:?}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every response example of every version of the sample services, in a stable order.
pub fn examples() -> Vec<Seed> {
    let mut files = Vec::new();
    for service in sample_services() {
        let service = services_dir().join(service);
        for version in std::fs::read_dir(&service).expect("a service folder") {
            let file = version
                .expect("a version folder")
                .path()
                .join("examples.json");
            if file.exists() {
                files.push(file);
            }
        }
    }
    files.sort();
    let mut seeds = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let data: serde_json::Value = serde_json::from_str(&text).expect("examples.json is JSON");
        let relative = file
            .parent()
            .and_then(|dir| dir.strip_prefix(services_dir()).ok())
            .expect("under the services folder")
            .to_string_lossy()
            .replace('\\', "/");
        let actions = data["actions"].as_object().expect("an actions object");
        for (action, examples) in actions {
            for (i, example) in examples.as_array().expect("a list").iter().enumerate() {
                let body = example["output"].as_str().expect("the output is a string");
                seeds.push(Seed {
                    name: format!("{relative}/{action}#{i}"),
                    body: body.as_bytes().to_vec(),
                });
            }
        }
    }
    seeds
}

/// The specification's success and failure samples.
pub fn spec() -> Vec<Seed> {
    let samples = crate::spec_samples();
    vec![
        Seed {
            name: "spec/success".into(),
            body: samples.success.into_bytes(),
        },
        Seed {
            name: "spec/failure".into(),
            body: samples.failure.into_bytes(),
        },
    ]
}

/// One well-formed success body per test shape, so that mutation starts from bodies that
/// decode, not only from bodies of other actions.
pub fn shapes() -> Vec<Seed> {
    let bodies = [
        (
            "Flat",
            r#"{"Response":{"TotalCount":3,"Quota":4294967295,"Ratio":99.99997615814209,"Enabled":true,"InstanceId":"ins-1","Tags":["a","b"],"RequestId":"id-flat"}}"#,
        ),
        (
            "DescribeInstancesStatus",
            r#"{"Response":{"TotalCount":2,"InstanceStatusSet":[{"InstanceId":"ins-r8hr2upy","InstanceState":"RUNNING"},{"InstanceId":"ins-5d8a23rs","InstanceState":"STOPPED"}],"RequestId":"id-nested"}}"#,
        ),
        (
            "Optional",
            r#"{"Response":{"TotalCount":null,"Placement":{"Zone":"ap-guangzhou-3","ProjectId":0},"DiskIds":["disk-1"],"RequestId":"id-optional"}}"#,
        ),
        (
            "Borrowed",
            r#"{"Response":{"Zone":"ap-guangzhou-3","Name":"esc\u00e9","ImageSet":[{"ImageId":"img-1","ImageName":"plain"}],"Labels":{"env":1,"tier":-2},"RequestId":"id-borrowed"}}"#,
        ),
        (
            "WithCodes",
            r#"{"Response":{"InstanceIdSet":["ins-1","ins-2"],"RequestId":"id-codes"}}"#,
        ),
        (
            "WithCodesError",
            r#"{"Response":{"Error":{"Code":"InvalidInstanceId.NotFound","Message":"The instance does not exist."},"RequestId":"id-codes-error"}}"#,
        ),
        (
            "Tolerant",
            r#"{"Response":{"Weight":"10","RecordIds":[1,"2"],"Status":5,"Ratio":"0.5","Enabled":"true","TotalCount":3,"RequestId":"id-tolerant"}}"#,
        ),
        (
            "CatchAll",
            r#"{"Error":null,"RequestId":null,"Response":{"Data":{"Nested":[1,2.5,"x",null,true,{}]},"RequestId":"id-any"}}"#,
        ),
    ];
    bodies
        .into_iter()
        .map(|(name, body)| Seed {
            name: format!("shape/{name}"),
            body: body.as_bytes().to_vec(),
        })
        .collect()
}

/// Every error code that the data lists: the cross-service table and each service
/// version's `errors.json`.
pub fn error_codes() -> Vec<String> {
    let mut files = vec![services_dir().join("../common-errors.json")];
    for service in std::fs::read_dir(services_dir()).expect("the services folder") {
        let service = service.expect("a service folder").path();
        for version in std::fs::read_dir(&service).expect("a service folder") {
            files.push(
                version
                    .expect("a version folder")
                    .path()
                    .join("errors.json"),
            );
        }
    }
    files.sort();
    let mut codes = Vec::new();
    for file in files.iter().filter(|file| file.exists()) {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let data: serde_json::Value = serde_json::from_str(&text).expect("errors.json is JSON");
        for entry in data["codes"].as_array().expect("a codes list") {
            codes.push(entry["code"].as_str().expect("a string code").to_owned());
        }
    }
    codes
}

/// Every seed: the examples, the specification's samples, the shapes' bodies.
pub fn all() -> Vec<Seed> {
    let mut seeds = examples();
    seeds.extend(spec());
    seeds.extend(shapes());
    seeds
}

/// A stable file name for a corpus entry: the FNV-1a hash of its bytes, so that the same
/// body is written once whatever its name.
pub fn file_name(body: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in body {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
