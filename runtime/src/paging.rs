//! Actions whose answers come in pages: what a client needs to know of one to ask for
//! every page in turn. The code generator implements [`Paginated`] for the request of
//! every action that pages; the client's paginators walk the pages with it.

use crate::Request;

/// How an action's request says which page it asks for.
// Exhaustive, unlike the error kinds: a paginator must know every way there is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageBy {
    /// The index of the page's first item (`Offset`) and the page's size (`Limit`): the
    /// next page starts where this one ended. An unset offset is 0.
    Offset,
    /// The page's number and size: the next page is the next number. An unset number is
    /// the first page's.
    PageNumber {
        /// The number of the first page, 0 or 1.
        first: u64,
    },
    /// A token that the previous page's answer gave; none asks for the first page.
    Token,
}

/// The request of an action whose list comes in pages: where it starts, how to ask for
/// the next page, and where the answer's list, total and next token are.
///
/// Only the methods of the action's [`PageBy`] matter; the others keep their defaults.
///
/// ```
/// use tencent_action::{Count, PageBy, Paginated, Request, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// #[derive(Clone)]
/// pub struct DescribeInstances {
///     pub total_count: Option<u64>,
///     pub instance_set: Option<Vec<String>>,
/// }
///
/// #[derive(Clone, Default, serde::Serialize)]
/// #[serde(rename_all = "PascalCase")]
/// pub struct DescribeInstancesRequest {
///     pub offset: Option<i64>,
///     pub limit: Option<i64>,
/// }
///
/// impl Request for DescribeInstancesRequest {
///     type Action = DescribeInstances;
/// }
///
/// impl Paginated for DescribeInstancesRequest {
///     type Item = String;
///     const PAGE_BY: PageBy = PageBy::Offset;
///     fn start(&self) -> Option<u64> { self.offset.count() }
///     fn set_start(&mut self, start: u64) { self.offset.set_count(start) }
///     fn page_size(&self) -> Option<u64> { self.limit.count() }
///     fn items(page: &mut DescribeInstances) -> Option<&mut Vec<String>> { page.instance_set.as_mut() }
///     fn total(page: &DescribeInstances) -> Option<u64> { page.total_count.count() }
/// }
///
/// let mut request = DescribeInstancesRequest { offset: None, limit: Some(7) };
/// request.set_start(14);
/// assert_eq!((request.start(), request.page_size()), (Some(14), Some(7)));
/// ```
pub trait Paginated: Request + Clone {
    /// One element of the page's list.
    type Item;

    /// How the request says which page it asks for.
    const PAGE_BY: PageBy;

    /// The request's offset or page number; `None` when it leaves it out.
    fn start(&self) -> Option<u64> {
        None
    }

    /// Sets the request's offset or page number.
    fn set_start(&mut self, start: u64) {
        let _ = start;
    }

    /// The page size the request asks for; `None` when it leaves it to the server.
    fn page_size(&self) -> Option<u64> {
        None
    }

    /// The request's token; `None` when it asks for the first page.
    fn token(&self) -> Option<&str> {
        None
    }

    /// Sets the request's token.
    fn set_token(&mut self, token: String) {
        let _ = token;
    }

    /// The page's list, to count or take; `None` when the answer left it out (an empty
    /// page).
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Self::Item>>;

    /// How many items there are in all, when the answer says.
    fn total(page: &Self::Action) -> Option<u64> {
        let _ = page;
        None
    }

    /// The next page's token, as the answer gives it: empty or `None` on the last page.
    fn next_token(page: &Self::Action) -> Option<&str> {
        let _ = page;
        None
    }
}

/// An integer member that counts (an offset, a page size or number, a total), read and
/// written as a `u64` whatever its Rust type: the generated implementations of
/// [`Paginated`] are then one call each.
///
/// ```
/// use tencent_action::Count;
///
/// let mut offset: Option<i64> = None;
/// assert_eq!(offset.count(), None);
/// offset.set_count(14);
/// assert_eq!(offset, Some(14));
/// assert_eq!((-1_i64).count(), None);
/// ```
pub trait Count {
    /// The value, when there is one and it is not negative.
    fn count(&self) -> Option<u64>;
    /// Sets the value; one beyond the type's range is its largest.
    fn set_count(&mut self, count: u64);
}

macro_rules! count {
    ($($int:ty),*) => {$(
        impl Count for $int {
            fn count(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }

            fn set_count(&mut self, count: u64) {
                *self = <$int>::try_from(count).unwrap_or(<$int>::MAX);
            }
        }
    )*};
}

count!(i32, i64, u32, u64);

impl<T: Count + Default> Count for Option<T> {
    fn count(&self) -> Option<u64> {
        self.as_ref().and_then(Count::count)
    }

    fn set_count(&mut self, count: u64) {
        self.get_or_insert_with(T::default).set_count(count);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_every_integer_type() {
        assert_eq!(7_i32.count(), Some(7));
        assert_eq!(u64::MAX.count(), Some(u64::MAX));
        assert_eq!(i64::MIN.count(), None);
        let mut small = 0_i32;
        small.set_count(u64::MAX);
        assert_eq!(small, i32::MAX);
        let mut unset: Option<u32> = None;
        unset.set_count(3);
        assert_eq!(unset, Some(3));
        assert_eq!(Some(-2_i64).count(), None);
    }
}
