use arrayvec::ArrayString;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, DerefMut};

/// A successful response: the action's payload and the request's RequestId.
///
/// It dereferences to the payload, so the action's fields read as if the envelope were
/// not there:
///
/// ```
/// use tencent_action::tencent_action;
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// let body = r#"{"Response": {"TotalCount": 0, "RequestId": "b5b41468"}}"#;
/// let response = tencent_action::from_str::<DescribeInstancesStatus>(body)?;
/// assert_eq!(response.total_count, 0);
/// assert_eq!(response.request_id(), Some("b5b41468"));
/// # Ok::<(), tencent_action::Error>(())
/// ```
///
/// It serializes back to the same envelope, `{"Response": {...fields, "RequestId"}}`, in
/// any serde format, and deserializes from it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Response<A> {
    data: A,
    request_id: RequestId,
}

/// A RequestId, inline when it is as short as real ones are.
#[derive(Clone)]
enum RequestId {
    Inline(ArrayString<48>),
    Heap(Box<str>),
}

impl RequestId {
    fn new(id: &str) -> Self {
        match ArrayString::from(id) {
            Ok(inline) => RequestId::Inline(inline),
            Err(_) => RequestId::Heap(id.into()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            RequestId::Inline(id) => id,
            RequestId::Heap(id) => id,
        }
    }
}

impl fmt::Debug for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for RequestId {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RequestId {}

impl Hash for RequestId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<A> Response<A> {
    /// A response with the given payload and RequestId; for tests and mock servers.
    pub fn new(data: A, request_id: impl AsRef<str>) -> Self {
        Response {
            data,
            request_id: RequestId::new(request_id.as_ref()),
        }
    }

    /// The RequestId the server gave the request; `None` when the body had none (or a
    /// `null` or empty one), as for [`ApiError::request_id`](crate::ApiError::request_id)
    /// and [`Error::request_id`](crate::Error::request_id).
    pub fn request_id(&self) -> Option<&str> {
        Some(self.request_id.as_str()).filter(|id| !id.is_empty())
    }

    /// The action's payload.
    pub fn data(&self) -> &A {
        &self.data
    }

    /// The action's payload, mutably.
    pub fn data_mut(&mut self) -> &mut A {
        &mut self.data
    }

    /// The action's payload, without the envelope.
    pub fn into_data(self) -> A {
        self.data
    }

    /// The payload and the RequestId, as [`request_id`](Self::request_id) gives it.
    pub fn into_parts(self) -> (A, Option<String>) {
        let request_id = self.request_id().map(str::to_owned);
        (self.data, request_id)
    }
}

impl<A> Deref for Response<A> {
    type Target = A;

    fn deref(&self) -> &A {
        &self.data
    }
}

impl<A> DerefMut for Response<A> {
    fn deref_mut(&mut self) -> &mut A {
        &mut self.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_of_any_length() {
        let uuid = "6ef60bec-0242-43af-bb20-270359fb54a7";
        let long = "x".repeat(200);
        for id in [uuid, &long, "中文-请求-标识"] {
            let response = Response::new((), id);
            assert_eq!(response.request_id(), Some(id));
            assert_eq!(response.clone().into_parts().1.as_deref(), Some(id));
        }
        assert_eq!(Response::new((), "").request_id(), None);
        assert_eq!(Response::new((), "").into_parts().1, None);
        assert!(matches!(RequestId::new(uuid), RequestId::Inline(_)));
        assert!(matches!(RequestId::new(&long), RequestId::Heap(_)));
        assert_eq!(Response::new(1, uuid), Response::new(1, String::from(uuid)));
        assert_ne!(Response::new(1, uuid), Response::new(1, "other"));
        assert_eq!(
            format!("{:?}", Response::new(1, "r")),
            r#"Response { data: 1, request_id: "r" }"#
        );
    }
}
