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
/// assert_eq!(response.request_id(), "b5b41468");
/// # Ok::<(), tencent_action::Error>(())
/// ```
///
/// It serializes back to the same envelope, `{"Response": {...fields, "RequestId"}}`, in
/// any serde format, and deserializes from it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Response<A> {
    data: A,
    request_id: String,
}

impl<A> Response<A> {
    /// A response with the given payload and RequestId; for tests and mock servers.
    pub fn new(data: A, request_id: impl Into<String>) -> Self {
        Response {
            data,
            request_id: request_id.into(),
        }
    }

    /// The RequestId the server gave the request; empty only if the body had none.
    pub fn request_id(&self) -> &str {
        &self.request_id
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

    /// The payload and the RequestId.
    pub fn into_parts(self) -> (A, String) {
        (self.data, self.request_id)
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
