//! Paged answers over made-up items (`MockServer::builder().items(N)`, `--items N`),
//! over loopback: pages by offset, page number and token, a list inside a structure,
//! the errors of a page that cannot be, answers as before without it, and every action
//! of the repository's 33 services that pages, by the rule of `Spec::paging`.

mod support;

use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use support::{ID, KEY, error_of, response, send, signed};
use tencent_action_mock::{Call, MockServer, Reply, default_answer, sample_request};
use tencent_action_spec::{PageBy, Status};

async fn start(services: &[&str], items: Option<usize>) -> MockServer {
    let mut builder = MockServer::builder()
        .specs_dir_services(support::services(), services)
        .credential(ID, KEY);
    if let Some(count) = items {
        builder = builder.items(count);
    }
    builder.start().await.expect("the mock starts")
}

/// The `Response` of a call of `service`'s `action` with `params` added to the sample
/// request (its required members).
async fn call(
    mock: &MockServer,
    service: &str,
    version: &str,
    action: &str,
    params: Value,
) -> Value {
    let body = serde_json::to_vec(&body(mock, service, version, action, params)).unwrap();
    response(&send(mock, &signed(service, version, action, &body)).await)
}

fn body(
    mock: &MockServer,
    service: &str,
    version: &str,
    action: &str,
    params: Value,
) -> Map<String, Value> {
    let mut body = sample_request(mock.catalog(), service, version, action).expect("served");
    if let Value::Object(params) = params {
        body.extend(params);
    }
    body
}

/// The values of `member` in the items of `list`.
fn members(list: &Value, member: &str) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("no list: {list}"))
        .iter()
        .map(|item| item[member].as_str().expect("text").to_owned())
        .collect()
}

/// The values of `id` in the items of the pages that `params` ask for, each page's
/// total (at `list`'s side) checked to be 30 and each holding 10 items.
async fn ids_of_pages(
    mock: &MockServer,
    (service, version, action): (&str, &str, &str),
    params: [Value; 3],
    list: &[&str],
    id: &str,
) -> Vec<String> {
    let mut ids = Vec::new();
    for params in params {
        let page = call(mock, service, version, action, params).await;
        let holder = list[..list.len() - 1]
            .iter()
            .fold(&page, |value, name| &value[name]);
        let total = ["TotalCount", "Total"]
            .iter()
            .find_map(|name| holder.get(name));
        assert_eq!(total, Some(&json!(30)), "{page}");
        let items = &holder[list[list.len() - 1]];
        assert_eq!(items.as_array().map(Vec::len), Some(10), "{page}");
        ids.extend(members(items, id));
    }
    ids
}

/// The message of the `InvalidParameterValue` that a call with `params` gets.
async fn refused(
    mock: &MockServer,
    (service, version, action): (&str, &str, &str),
    params: Value,
) -> String {
    let body = serde_json::to_vec(&body(mock, service, version, action, params)).unwrap();
    let (code, message) = error_of(&send(mock, &signed(service, version, action, &body)).await);
    assert_eq!(code, "InvalidParameterValue", "{message}");
    message
}

#[tokio::test]
async fn three_pages_of_ten_by_offset_hold_thirty_distinct_instances() {
    let mock = start(&["cvm"], Some(30)).await;
    let example = default_answer(
        mock.catalog(),
        &Call {
            service: "cvm".into(),
            version: support::CVM.into(),
            action: "DescribeInstances".into(),
            params: Map::new(),
        },
        false,
    );
    let first = &example["InstanceSet"][0];
    let mut ids = Vec::new();
    for offset in [0, 10, 20] {
        let page = call(
            &mock,
            "cvm",
            support::CVM,
            "DescribeInstances",
            json!({"Offset": offset, "Limit": 10}),
        )
        .await;
        assert_eq!(page["TotalCount"], 30);
        assert_eq!(page["InstanceSet"].as_array().unwrap().len(), 10);
        for item in page["InstanceSet"].as_array().unwrap() {
            // The rest of the item is the example's first instance.
            assert_eq!(item["InstanceType"], first["InstanceType"]);
            assert_eq!(item["Placement"]["Zone"], first["Placement"]["Zone"]);
            assert_ne!(item["InstanceId"], first["InstanceId"]);
        }
        ids.extend(members(&page["InstanceSet"], "InstanceId"));
    }
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 30, "{ids:?}");
    let template = first["InstanceId"].as_str().unwrap();
    assert_eq!(ids[0], format!("{template}-0001"));
    assert_eq!(ids[29], format!("{template}-0030"));

    // Past the end: no item, the same total; no limit: the documented default (20).
    let past = call(
        &mock,
        "cvm",
        support::CVM,
        "DescribeInstances",
        json!({"Offset": 30}),
    )
    .await;
    assert_eq!(past["InstanceSet"], json!([]));
    assert_eq!(past["TotalCount"], 30);
    let default = call(&mock, "cvm", support::CVM, "DescribeInstances", json!({})).await;
    assert_eq!(default["InstanceSet"].as_array().unwrap().len(), 20);
    // A page that cannot be is Tencent's InvalidParameterValue, naming the member.
    for (params, member) in [
        (json!({"Limit": 0}), "`Limit`"),
        (json!({"Limit": -5}), "`Limit`"),
        (json!({"Offset": -1}), "`Offset`"),
    ] {
        let message = refused(&mock, ("cvm", support::CVM, "DescribeInstances"), params).await;
        assert!(message.contains(member), "{member}: {message}");
    }
}

#[tokio::test]
async fn pages_by_number_count_from_the_first() {
    let mock = start(&["redis"], Some(30)).await;
    let action = ("redis", "2018-04-12", "DescribeInstanceEvents");
    let pages = [1, 2, 3].map(|number| json!({"PageNo": number, "PageSize": 10}));
    let ids = ids_of_pages(&mock, action, pages, &["RedisInstanceEvents"], "InstanceId").await;
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 30, "{ids:?}");
    let message = refused(&mock, action, json!({"PageNo": 0})).await;
    assert!(
        message.contains("`PageNo`") && message.contains("from 1"),
        "{message}"
    );
}

#[tokio::test]
async fn pages_by_token_end_with_an_empty_token() {
    let mock = start(&["cvm"], Some(30)).await;
    let action = "DescribeResourcePoolPacks";
    let mut token: Option<String> = None;
    let mut pages = 0;
    let mut ids = Vec::new();
    loop {
        let params = match &token {
            Some(token) => json!({"NextToken": token}),
            None => json!({}),
        };
        let page = call(&mock, "cvm", support::CVM, action, params).await;
        pages += 1;
        ids.extend(members(
            &page["DedicatedResourcePackSet"],
            "DedicatedResourcePackId",
        ));
        match page["NextToken"].as_str() {
            Some("") => break,
            Some(next) => token = Some(next.to_owned()),
            None => panic!("no NextToken: {page}"),
        }
        assert!(pages < 10, "the tokens never end");
    }
    // MaxResults: "默认值为10".
    assert_eq!(pages, 3);
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 30, "{ids:?}");
    let bad = json!({"NextToken": "not-a-token"});
    let message = refused(&mock, ("cvm", support::CVM, action), bad).await;
    assert!(message.contains("`NextToken`"), "{message}");
}

#[tokio::test]
async fn a_list_inside_the_answers_structure() {
    let mock = start(&["ckafka"], Some(30)).await;
    let action = ("ckafka", "2019-08-19", "DescribeTopic");
    let pages = [0, 10, 20].map(|offset| json!({"Offset": offset, "Limit": 10}));
    let ids = ids_of_pages(&mock, action, pages, &["Result", "TopicList"], "TopicId").await;
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 30, "{ids:?}");
}

#[tokio::test]
async fn without_items_or_with_an_answer_the_answer_is_as_before() {
    let plain = start(&["cvm"], None).await;
    let paged = start(&["cvm"], Some(30)).await;
    let params = json!({"Offset": 10, "Limit": 10});
    let call_info = Call {
        service: "cvm".into(),
        version: support::CVM.into(),
        action: "DescribeInstances".into(),
        params: Map::new(),
    };
    let mut example = Value::Object(default_answer(plain.catalog(), &call_info, false));
    let mut answer = call(
        &plain,
        "cvm",
        support::CVM,
        "DescribeInstances",
        params.clone(),
    )
    .await;
    answer.as_object_mut().unwrap().remove("RequestId");
    assert_eq!(answer, example);
    // A bad page is no error either: nothing pages.
    let body = br#"{"Limit": 0}"#;
    let raw = send(
        &plain,
        &signed("cvm", support::CVM, "DescribeInstances", body),
    )
    .await;
    assert!(response(&raw).get("Error").is_none());

    // An action that does not page answers as before with --items.
    let zones = call(&paged, "cvm", support::CVM, "DescribeZones", json!({})).await;
    let plain_zones = call(&plain, "cvm", support::CVM, "DescribeZones", json!({})).await;
    assert_eq!(zones["ZoneSet"], plain_zones["ZoneSet"]);

    // A registered answer comes first.
    example["TotalCount"] = json!(1);
    paged.respond("DescribeInstances", Reply::Success(example.clone()));
    let mut answer = call(&paged, "cvm", support::CVM, "DescribeInstances", params).await;
    answer.as_object_mut().unwrap().remove("RequestId");
    assert_eq!(answer, example);
}

/// Every action of the repository's data that pages, with 25 items and pages of 10 (or
/// the default size where the request has no size member): the pages hold 25 distinct
/// items between them, each once, and a total says 25.
#[tokio::test]
async fn every_action_that_pages_serves_distinct_items_in_pages() {
    const COUNT: usize = 25;
    let mock = MockServer::builder()
        .specs_dir(support::services())
        .credential(ID, KEY)
        .items(COUNT)
        .start()
        .await
        .expect("the mock starts");
    let mut actions = 0;
    let mut by_kind = [0; 3];
    let mut failures = Vec::new();
    for (service, version, served) in mock.catalog().versions() {
        let spec = &served.spec;
        for (name, action) in &spec.actions {
            if action.status == Status::Offline {
                continue;
            }
            let Some(paging) = spec.paging(action) else {
                continue;
            };
            actions += 1;
            let size = paging.size.map(|member| (member.name.clone(), 10));
            let get = |page: &Value, path: &[&str]| {
                path.iter()
                    .fold(page.clone(), |value, name| value[name].clone())
            };
            let items_path = paging.items.wire_path();
            let total_path = paging.total.as_ref().map(|total| total.wire_path());
            let mut seen = Vec::new();
            let mut token: Option<String> = None;
            let mut problem = None;
            for page_index in 0..COUNT {
                let mut params = Map::new();
                if let Some((member, size)) = &size {
                    params.insert(member.clone(), json!(size));
                }
                let per_page = size.as_ref().map_or(20, |(_, size)| *size);
                match &paging.by {
                    PageBy::Offset { offset, .. } => {
                        by_kind[0] += usize::from(page_index == 0);
                        params.insert(offset.name.clone(), json!(page_index * per_page));
                    }
                    PageBy::PageNumber { number, first, .. } => {
                        by_kind[1] += usize::from(page_index == 0);
                        params.insert(number.name.clone(), json!(*first as usize + page_index));
                    }
                    PageBy::Token { input, .. } => {
                        by_kind[2] += usize::from(page_index == 0);
                        if let Some(token) = &token {
                            params.insert(input.name.clone(), json!(token));
                        }
                    }
                }
                let body =
                    serde_json::to_vec(&body(&mock, service, version, name, Value::Object(params)))
                        .unwrap();
                let page = response(&send(&mock, &signed(service, version, name, &body)).await);
                if let Some(total) = &total_path
                    && get(&page, total) != json!(COUNT)
                {
                    problem = Some(format!("total {}", get(&page, total)));
                    break;
                }
                let Some(items) = get(&page, &items_path).as_array().cloned() else {
                    problem = Some(format!("no list in {page}"));
                    break;
                };
                let expected = per_page.min(COUNT - seen.len().min(COUNT));
                if items.len() != expected {
                    problem = Some(format!("page {page_index}: {} items", items.len()));
                    break;
                }
                seen.extend(items);
                if let PageBy::Token { output, .. } = &paging.by {
                    match get(&page, &output.wire_path()).as_str() {
                        Some("") => break,
                        Some(next) => token = Some(next.to_owned()),
                        None => {
                            problem = Some("no token".to_owned());
                            break;
                        }
                    }
                } else if expected == 0 {
                    break;
                }
            }
            let distinct: BTreeSet<String> = seen.iter().map(Value::to_string).collect();
            if problem.is_none() && (seen.len() != COUNT || distinct.len() != COUNT) {
                problem = Some(format!("{} items, {} distinct", seen.len(), distinct.len()));
            }
            if let Some(problem) = problem {
                failures.push(format!("{service} {version} {name}: {problem}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The repository's 33 services: 453 actions page (offset, page number, token).
    assert!(actions > 400, "{actions}");
    assert!(by_kind.iter().all(|count| *count > 0), "{by_kind:?}");
}
