#[derive(Debug)]
pub struct DescribeInstancesStatus {
    pub total_count: i64,
    pub statuses: Vec<InstanceStatus>,
}
#[automatically_derived]
#[allow(deprecated)]
impl<'de> ::tencent_action::__private::serde::Deserialize<'de>
for DescribeInstancesStatus {
    fn deserialize<D: ::tencent_action::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::tencent_action::__private::lean::deserialize(deserializer)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::lean::Struct for DescribeInstancesStatus {
    const NAME: &'static str = "DescribeInstancesStatus";
    const FIELDS: &'static [&'static str] = &["TotalCount", "InstanceStatusSet"];
    fn visit<'de, A: ::tencent_action::__private::lean::Source<'de>>(
        mut r: ::tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            total_count: r.or_absent(f0, 0)?,
            statuses: r.or_absent(f1, 1)?,
        })
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::serde::Serialize for DescribeInstancesStatus {
    fn serialize<S: ::tencent_action::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = ::tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesStatus",
            2,
        )?;
        s.field("TotalCount", &self.total_count)?;
        s.field("InstanceStatusSet", &self.statuses)?;
        s.end()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::Action for DescribeInstancesStatus {
    const NAME: &'static str = "DescribeInstancesStatus";
    const SERVICE: &'static str = "cvm";
    const VERSION: &'static str = "2017-03-12";
    type ErrorCode = ::tencent_action::__private::Code;
}
///The decoded response of [`DescribeInstancesStatus`]: its fields, which it dereferences to, and the RequestId.
#[allow(deprecated)]
pub type DescribeInstancesStatusResponse = ::tencent_action::__private::Response<
    DescribeInstancesStatus,
>;
