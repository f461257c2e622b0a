//! Paged answers over made-up items (`--items N`): an action that pages, by the spec
//! crate's rule (`Spec::paging`, the one the generated paginators follow), answers the
//! slice of N items its request asks for, by offset and limit, page number and size, or
//! token, with the total at N.
//!
//! The items are made from the action's usual answer: its list's first item (one made
//! from the schema when the list is empty) with its identifiers made distinct
//! ([`crate::distinct`]). Every other member of the answer is the usual one. A token is
//! the next item's index as text, and is empty on the last page.

use crate::catalog::Catalog;
use crate::check::Call;
use crate::distinct;
use crate::errors::{self, ErrorReply};
use crate::schema;
use serde_json::{Map, Value};
use tencent_action_spec::{Member, MemberPath, PageBy, Paging, Spec};

/// The page size of a request that names none, when the size member's documentation
/// names no default either: the most common default of Tencent's `Limit`s.
pub(crate) const DEFAULT_PAGE_SIZE: u64 = 20;

/// The page `call` asks for out of `count` items, built on its `usual` answer; `None`
/// when the action does not page. A request for a page that cannot be (a size under 1,
/// a negative offset, a page before the first, a token never given) gets
/// `InvalidParameterValue`, naming the member.
pub(crate) fn answer(
    catalog: &Catalog,
    call: &Call,
    usual: &Map<String, Value>,
    count: usize,
) -> Option<Result<Map<String, Value>, ErrorReply>> {
    let spec = &catalog.service(&call.service)?.get(&call.version)?.spec;
    let paging = spec.paging(spec.actions.get(&call.action)?)?;
    Some(page(spec, &paging, usual, &call.params, count))
}

fn page(
    spec: &Spec,
    paging: &Paging<'_>,
    usual: &Map<String, Value>,
    params: &Map<String, Value>,
    count: usize,
) -> Result<Map<String, Value>, ErrorReply> {
    let (start, size) = window(paging, params, count)?;
    let end = start.saturating_add(size).min(count);
    let list = paging.items.member();
    let template = first_item(usual, &paging.items)
        .cloned()
        .unwrap_or_else(|| schema::generate_one(spec, list));
    let element = list.value_type(spec).element;
    let items = (start.min(end)..end)
        .map(|index| distinct::item(spec, element, &template, index))
        .collect();
    let mut answer = usual.clone();
    put(&mut answer, &paging.items, Value::Array(items));
    if let Some(total) = &paging.total {
        put(&mut answer, total, Value::from(count));
    }
    if let PageBy::Token { output, .. } = &paging.by {
        let next = if end < count {
            end.to_string()
        } else {
            String::new()
        };
        put(&mut answer, output, Value::from(next));
    }
    Ok(answer)
}

/// The index of the page's first item and the page's size.
fn window(
    paging: &Paging<'_>,
    params: &Map<String, Value>,
    count: usize,
) -> Result<(usize, usize), ErrorReply> {
    let size = page_size(paging, params)?;
    let start = match &paging.by {
        PageBy::Offset { offset, .. } => {
            let index = integer(params, offset)?.unwrap_or(0);
            u64::try_from(index)
                .map_err(|_| errors::invalid_value(&offset.name, "it must be 0 or more"))?
        }
        PageBy::PageNumber { number, first, .. } => {
            let asked = match integer(params, number)? {
                None => *first,
                Some(asked) => u64::try_from(asked)
                    .ok()
                    .filter(|asked| asked >= first)
                    .ok_or_else(|| {
                        let why = format!("pages are numbered from {first}");
                        errors::invalid_value(&number.name, &why)
                    })?,
            };
            (asked - first).saturating_mul(size)
        }
        PageBy::Token { input, .. } => token(params, input, count)?,
    };
    let index = |value: u64| usize::try_from(value).unwrap_or(usize::MAX);
    Ok((index(start), index(size)))
}

/// The size the request asks for, else the documented default, else
/// [`DEFAULT_PAGE_SIZE`].
fn page_size(paging: &Paging<'_>, params: &Map<String, Value>) -> Result<u64, ErrorReply> {
    let default = paging
        .default_size()
        .filter(|size| *size > 0)
        .unwrap_or(DEFAULT_PAGE_SIZE);
    let Some(member) = paging.size else {
        return Ok(default);
    };
    match integer(params, member)? {
        None => Ok(default),
        Some(size) => u64::try_from(size)
            .ok()
            .filter(|size| *size > 0)
            .ok_or_else(|| errors::invalid_value(&member.name, "a page holds 1 item or more")),
    }
}

/// Where a token says the page starts: a token is the index of the page's first item,
/// as the previous page gave it; none (or an empty one) asks for the first page.
fn token(params: &Map<String, Value>, input: &Member, count: usize) -> Result<u64, ErrorReply> {
    match params.get(&input.name) {
        None | Some(Value::Null) => Ok(0),
        Some(Value::String(text)) if text.is_empty() => Ok(0),
        Some(Value::String(text)) => text
            .parse::<u64>()
            .ok()
            .filter(|start| usize::try_from(*start).is_ok_and(|start| start <= count))
            .ok_or_else(|| {
                errors::invalid_value(&input.name, "it is no token a previous page gave")
            }),
        Some(_) => Err(errors::wrong_type(&input.name)),
    }
}

/// The integer `member` of the request, when sent: a JSON number, or text that reads as
/// one (a GET query); beyond 64 bits it saturates.
fn integer(params: &Map<String, Value>, member: &Member) -> Result<Option<i64>, ErrorReply> {
    let read = match params.get(&member.name) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Number(number)) => number
            .as_i64()
            .or_else(|| number.as_u64().map(|_| i64::MAX)),
        Some(Value::String(text)) => text.trim().parse::<i128>().ok().map(|number| {
            i64::try_from(number).unwrap_or(if number < 0 { i64::MIN } else { i64::MAX })
        }),
        Some(_) => None,
    };
    read.map(Some)
        .ok_or_else(|| errors::wrong_type(&member.name))
}

/// The first item of the list at `path` in `answer`, if it has one.
fn first_item<'v>(answer: &'v Map<String, Value>, path: &MemberPath<'_>) -> Option<&'v Value> {
    let (list, holders) = path.members.split_last()?;
    let mut members = answer;
    for holder in holders {
        members = members.get(&holder.name)?.as_object()?;
    }
    members
        .get(&list.name)?
        .as_array()?
        .first()
        .filter(|item| !item.is_null())
}

/// Sets the member at `path` in `answer`, making the structures on the way (an example
/// may give `null` for them).
fn put(answer: &mut Map<String, Value>, path: &MemberPath<'_>, value: Value) {
    let Some((last, holders)) = path.members.split_last() else {
        return;
    };
    let mut members = answer;
    for holder in holders {
        let slot = members
            .entry(holder.name.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(inner) = slot else {
            return;
        };
        members = inner;
    }
    members.insert(last.name.clone(), value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `ListThings`, paged by a page index that counts from 0, its size given as text as
    /// a GET query gives it.
    #[test]
    fn page_numbers_from_zero_and_sizes_as_text() {
        let spec: Spec = tencent_action_spec::parse(
            "api.json",
            r#"{"metadata": {"serviceShortName": "x", "apiVersion": "2020-01-01"},
                "actions": {"ListThings": {"input": "ListThingsRequest", "output": "ListThingsResponse"}},
                "objects": {
                    "ListThingsRequest": {"members": [
                        {"name": "PageIndex", "type": "int", "member": "int64", "document": "页码，从0开始"},
                        {"name": "PageSize", "type": "int", "member": "int64", "document": "默认为 4"}]},
                    "ListThingsResponse": {"members": [
                        {"name": "Total", "type": "int", "member": "int64"},
                        {"name": "Things", "type": "list", "member": "Thing"}]},
                    "Thing": {"members": [{"name": "ThingId", "type": "int", "member": "uint64"}]}
                }}"#,
        )
        .unwrap();
        let paging = spec.paging(&spec.actions["ListThings"]).unwrap();
        let usual = Map::new();
        let serve = |params: Value| {
            let Value::Object(params) = params else {
                unreachable!("the test passes objects")
            };
            page(&spec, &paging, &usual, &params, 10).map(Value::Object)
        };
        assert_eq!(
            serve(json!({"PageIndex": "2", "PageSize": "3"})).unwrap(),
            json!({"Total": 10, "Things": [{"ThingId": 7}, {"ThingId": 8}, {"ThingId": 9}]})
        );
        // The documented default size, and the last page short.
        assert_eq!(
            serve(json!({"PageIndex": 2})).unwrap(),
            json!({"Total": 10, "Things": [{"ThingId": 9}, {"ThingId": 10}]})
        );
        let error = serve(json!({"PageIndex": -1})).unwrap_err();
        assert_eq!(error.code, "InvalidParameterValue");
        assert!(error.message.contains("`PageIndex`") && error.message.contains("from 0"));
        let error = serve(json!({"PageSize": "0"})).unwrap_err();
        assert!(error.message.contains("`PageSize`"), "{}", error.message);
    }
}
