#[derive(
    my::tencent_action::__private::serde::Serialize,
    my::tencent_action::__private::serde::Deserialize
)]
#[serde(crate = "my :: tencent_action :: __private :: serde")]
#[serde(rename_all = "PascalCase")]
#[deprecated = "use DescribeImages"]
pub(crate) struct DescribeImagesOld<'a, T: Clone = u8>
where
    T: Default,
{
    #[serde(borrow)]
    pub name: &'a str,
    pub extra: T,
}
#[automatically_derived]
#[allow(deprecated)]
impl<'a, T: Clone> my::tencent_action::__private::Action for DescribeImagesOld<'a, T>
where
    T: Default,
{
    const NAME: &'static str = "DescribeImagesOld";
    const SERVICE: &'static str = "";
    const VERSION: &'static str = "";
    type ErrorCode = my::tencent_action::__private::Code;
}
///The decoded response of [`DescribeImagesOld`]: its fields, which it dereferences to, and the RequestId.
#[deprecated = "use DescribeImages"]
#[allow(deprecated)]
pub(crate) type DescribeImagesOldResponse<'a, T = u8> = my::tencent_action::__private::Response<
    DescribeImagesOld<'a, T>,
>;
