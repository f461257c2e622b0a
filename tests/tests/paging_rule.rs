//! The paging rule (`Spec::paging`) on Tencent's own specs: the shapes it finds in the
//! repository's 33 services, and actions of each shape read by hand. The generator's
//! paginators and the mock's paged answers both follow this rule, so a change to it
//! shows here first.

use std::collections::BTreeMap;
use std::path::Path;
use tencent_action_spec::{PageBy, Spec, Status, service_versions};

fn specs() -> BTreeMap<String, Spec> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    service_versions(&root)
        .unwrap()
        .into_iter()
        .map(|version| {
            let key = format!("{}/{}", version.service, version.version);
            (key, version.api().unwrap())
        })
        .collect()
}

/// `kind items total`, as one line: `offset InstanceSet TotalCount`.
fn shape(spec: &Spec, action: &str) -> Option<String> {
    let paging = spec.paging(&spec.actions[action])?;
    let by = match &paging.by {
        PageBy::Offset { offset, limit } => format!("offset {}/{}", offset.name, limit.name),
        PageBy::PageNumber {
            number,
            size,
            first,
        } => format!("page {}/{} from {first}", number.name, size.name),
        PageBy::Token { input, output } => {
            format!("token {}->{}", input.name, output.wire_path().join("."))
        }
    };
    let total = paging
        .total
        .map_or("-".to_owned(), |total| total.wire_path().join("."));
    Some(format!(
        "{by} {} {total}",
        paging.items.wire_path().join(".")
    ))
}

#[test]
fn actions_read_by_hand() {
    let specs = specs();
    let cases = [
        // The common shape: Offset/Limit, TotalCount and one list.
        (
            "cvm/v20170312",
            "DescribeInstances",
            Some("offset Offset/Limit InstanceSet TotalCount"),
        ),
        // List and total inside the one structure of the response.
        (
            "ckafka/v20190819",
            "DescribeInstancesDetail",
            Some("offset Offset/Limit Result.InstanceList Result.TotalCount"),
        ),
        // `Count` here is the number of configurations returned, not a total.
        (
            "cdb/v20170320",
            "DescribeProxyCustomConf",
            Some("offset Offset/Limit CustomConfInfo -"),
        ),
        (
            "redis/v20180412",
            "DescribeInstanceEvents",
            Some("page PageNo/PageSize from 1 RedisInstanceEvents TotalCount"),
        ),
        (
            "domain/v20180808",
            "DescribePreDomainList",
            Some("page Page/Size from 1 ReservedDomainList Total"),
        ),
        (
            "cam/v20190116",
            "ListAccounts",
            Some("token Marker->Marker Users -"),
        ),
        (
            "cdn/v20180606",
            "SearchClsLog",
            Some("token Context->Logs.Context Logs.Results -"),
        ),
        (
            "clb/v20180317",
            "DescribeAsyncJobs",
            Some("token NextToken->NextToken Jobs TotalCount"),
        ),
        // Not paged: no list, or a request that says nothing of pages.
        ("cvm/v20170312", "DescribeRegions", None),
        ("cvm/v20170312", "RunInstances", None),
        ("sts/v20180813", "AssumeRole", None),
    ];
    for (version, action, expected) in cases {
        let found = shape(&specs[version], action);
        assert_eq!(found.as_deref(), expected, "{version} {action}");
    }
}

#[test]
fn shapes_of_the_repository_specs() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut actions = 0;
    for spec in specs().values() {
        for action in spec.actions.values() {
            if action.status == Status::Offline {
                continue;
            }
            actions += 1;
            let Some(paging) = spec.paging(action) else {
                continue;
            };
            let kind = match paging.by {
                PageBy::Offset { .. } => "offset",
                PageBy::PageNumber { .. } => "page number",
                PageBy::Token { .. } => "token",
            };
            *counts.entry(kind).or_default() += 1;
            if paging.items.members.len() > 1 {
                *counts.entry("list in a structure").or_default() += 1;
            }
            if paging.total.is_some() {
                *counts.entry("with a total").or_default() += 1;
            }
        }
    }
    assert_eq!(actions, 3129);
    let expected: BTreeMap<&str, usize> = [
        ("offset", 426),
        ("page number", 12),
        ("token", 15),
        ("list in a structure", 19),
        ("with a total", 404),
    ]
    .into_iter()
    .collect();
    assert_eq!(counts, expected);
}
