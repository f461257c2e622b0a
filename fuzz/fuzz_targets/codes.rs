//! Any string as an error code: kept exactly by every view of it, classified by its
//! nearest dotted ancestor, and read back exactly from an `Error` object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_action::{Category, Code, Error, ErrorCode, FromCode, code::belongs_to};
use tencent_action_tests::shapes::{Unit, WithCodes, WithCodesErrorCode};

fuzz_target!(|data: &[u8]| {
    let code = String::from_utf8_lossy(data);
    let code = code.as_ref();

    assert_eq!(Code::from_code(code).as_str(), code);
    assert_eq!(WithCodesErrorCode::from_code(code).as_str(), code);
    assert_eq!(Code::from_code(code).category(), Category::of(code));
    assert_eq!(
        WithCodesErrorCode::from_code(code).category(),
        Category::of(code)
    );

    // An unknown sub-code is classified as its parent: `#` is in no Tencent code, and a
    // number has no shape of a rate.
    let child = format!("{code}.#{}", code.len());
    assert_eq!(Category::of(&child), Category::of(code), "{child:?}");
    assert!(belongs_to(&child, code));
    // And a lookalike without the dot is not in the family: it takes its own name's shape
    // of a rate or a quota (no table holds a name with `#`), or else its parent's category.
    let lookalike = format!("{code}#");
    assert!(!belongs_to(&lookalike, code));
    let dot = lookalike.rfind('.');
    let own_name = &lookalike[dot.map_or(0, |dot| dot + 1)..];
    let parent = dot.map(|dot| &lookalike[..dot]);
    let expected = Some(Category::of(own_name))
        .filter(|category| *category != Category::Unknown)
        .unwrap_or_else(|| parent.map_or(Category::Unknown, Category::of));
    assert_eq!(Category::of(&lookalike), expected, "{lookalike:?}");

    // The server's code comes back exactly, whatever it is.
    let body = serde_json::json!({"Response": {"Error": {"Code": code}, "RequestId": "r"}});
    let body = serde_json::to_vec(&body).expect("a JSON value serializes");
    for result in [
        tencent_action::from_slice::<Unit>(&body).map(|_| ()),
        tencent_action::from_slice::<WithCodes>(&body).map(|_| ()),
    ] {
        match result {
            Err(Error::Api(error)) => {
                assert_eq!(error.code(), code);
                assert_eq!(error.request_id(), Some("r"));
                assert_eq!(error.action_code::<WithCodes>().as_str(), code);
            }
            other => panic!("{code:?} gave {other:?}"),
        }
    }
});
