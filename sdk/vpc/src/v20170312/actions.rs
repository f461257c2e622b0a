//! Each action's response struct, with the types the attribute derives from it.

use super::model::*;

/// Accepts instance association to a CCN (云联网接受关联实例): the response of `AcceptAttachCcnInstances`.
///
/// This API (AcceptAttachCcnInstances) is used to associate instances across accounts. Cloud Connect Network (CCN) owners accept and agree to the operations.
///
/// 本接口（AcceptAttachCcnInstances）用于跨账号关联实例时，云联网所有者接受并同意关联操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AcceptAttachCcnInstances",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnNotAttached" = "实例未关联CCN。",
        "UnsupportedOperation.InvalidInstanceState" = "无效的实例状态。",
        "UnsupportedOperation.IsNotFinanceAccount" = "关联当前云联网的实例的账号存在不是金融云账号。",
        "UnsupportedOperation.NotPendingCcnInstance" = "当前云联网实例未处于申请中状态，无法进行操作。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。",
        "UnsupportedOperation.UnableCrossFinance" = "当前云联网无法关联金融云实例。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptAttachCcnInstances;

/// 接受对等连接: the response of `AcceptVpcPeeringConnection`.
///
/// 本接口（AcceptVpcPeeringConnection）用于接受对等连接请求。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AcceptVpcPeeringConnection",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcPeerInvalidStateChange" = "对等连接状态错误。",
        "UnsupportedOperation.VpcPeerPurviewError" = "该账不能发起操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptVpcPeeringConnection;

/// Adds one or more resources to a bandwidth package (添加带宽包资源): the response of `AddBandwidthPackageResources`.
///
/// This API is used to add resources to a bandwidth package, including [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), [Cloud Load Balancer](https://intl.cloud.tencent.com/document/product/214/517?from_cn_redirect=1), and so on.
///
/// 接口用于添加带宽包资源，包括[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)和[负载均衡](https://cloud.tencent.com/document/product/214/517)等
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AddBandwidthPackageResources",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.ResourceAlreadyExisted" = "该资源已加入其他带宽包。",
        "InvalidParameterValue.ResourceIdMalformed" = "资源ID不正确。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "LimitExceeded.BandwidthPackageQuota" = "带宽包配额超过限制。",
        "LimitExceeded.BandwidthPackageResourceQuota" = "当前带宽包加入资源上限。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.InvalidResourceInternetChargeType" = "该计费方式不支持此操作。",
        "UnsupportedOperation.InvalidResourceProtocol" = "不支持加入此协议的带宽包。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AddBandwidthPackageResources;

/// 添加IPV6转换规则: the response of `AddIp6Rules`.
///
/// 1. 该接口用于在转换实例下添加IPV6转换规则。
///
/// 2. 支持在同一个转换实例下批量添加转换规则，一个账户在一个地域最多50个。
///
/// 3. 一个完整的转换规则包括vip6:vport6:protocol:vip:vport，其中vip6:vport6:protocol必须是唯一。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AddIp6Rules",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.IPv6RuleIdExisted" = "IPv6转换实例ID已经存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AddIp6Rules {
    /// IPV6转换规则唯一ID数组，形如rule6-xxxxxxxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_rule_set: Option<Vec<String>>,
}

/// Adds a parameter template (增加模板对象成员): the response of `AddTemplateMember`.
///
/// This API is used to add a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
///
/// 增加模板对象中的IP地址、协议端口、IP地址组、协议端口组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AddTemplateMember",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AddTemplateMember;

/// Changes public IPs (更换公网IP): the response of `AdjustPublicAddress`.
///
/// This API is used to change the public IP of a CVM or the EIP of the associated bandwidth package.
///
/// 本接口 (AdjustPublicAddress) 用于更换IP地址，支持更换CVM实例的普通公网IP和包月带宽的EIP。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AdjustPublicAddress",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameterValue.AddressAttacked" = "被攻击的IP地址。",
        "InvalidParameterValue.AddressIpNotAvailable" = "该IP地址现在不可用。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InstanceHasNoWanIP" = "实例不存在公网IP。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.InstanceNoWanIP" = "该实例没有WanIP，无法完成请求。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "InvalidParameterValue.UnavailableZone" = "该可用区不可用。",
        "LimitExceeded.ChangeAddressQuota" = "超过更换IP配额。",
        "LimitExceeded.DailyChangeAddressQuota" = "超过每日更换IP配额。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。",
        "UnsupportedOperation.IspNotSupported" = "该ISP不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustPublicAddress {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// Creates an EIP (创建弹性公网IP): the response of `AllocateAddresses`.
///
/// This API is used to apply for one or more [Elastic IP Addresses](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIPs for short).
///
/// * An EIP is a static IP address that is dedicated for dynamic cloud computing. You can quickly re-map an EIP to another instance under your account to protect against instance failures.
///
/// * Your EIP is associated with your Tencent Cloud account rather than an instance. It remains associated with your Tencent Cloud account until you choose to explicitly release it or your account is in arrears for more than 24 hours.
///
/// * The maximum number of EIPs that can be applied for a Tencent Cloud account in each region is restricted. For more information, see [EIP Product Introduction](https://intl.cloud.tencent.com/document/product/213/5733?from_cn_redirect=1). You can get the quota information through the DescribeAddressQuota API.
///
/// 本接口 (AllocateAddresses) 用于申请一个或多个[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）。
///
/// * EIP 是专为动态云计算设计的静态 IP 地址。借助 EIP，您可以快速将 EIP 重新映射到您的另一个实例上，从而屏蔽实例故障。
///
/// * 您的 EIP 与腾讯云账户相关联，而不是与某个实例相关联。在您选择显式释放该地址，或欠费超过24小时之前，它会一直与您的腾讯云账户保持关联。
///
/// * 一个腾讯云账户在每个地域能申请的 EIP 最大配额有所限制，可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/5733)，上述配额可通过 [DescribeAddressQuota](https://cloud.tencent.com/document/product/215/16701) 接口获取。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AllocateAddresses",
    errors(
        "AddressQuotaLimitExceeded" = "账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。",
        "AddressQuotaLimitExceeded.DailyAllocate" = "申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。",
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "FailedOperation.InvalidRegion" = "不支持的地域。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.AddressAttacked" = "被攻击的IP地址。",
        "InvalidParameterValue.AddressIpNotAvailable" = "该IP地址现在不可用。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.BandwidthTooSmall" = "选择带宽低于可允许的最小范围。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.InvalidDedicatedClusterId" = "传入的DedicatedClusterId有误。",
        "InvalidParameterValue.InvalidEgress" = "egress的值无效。",
        "InvalidParameterValue.InvalidTag" = "该Tag不合法。",
        "InvalidParameterValue.MixedAddressIpSetType" = "集群类型不同的IP不可在同一请求中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.ResourceIdMalformed" = "资源ID不正确。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.UnavailableZone" = "该可用区不可用。",
        "InvalidParameterValue.UnsupportedEgress" = "账号不支持该egress",
        "LimitExceeded.BandwidthPackageQuota" = "带宽包配额超过限制。",
        "LimitExceeded.BandwidthPackageResourceQuota" = "当前带宽包加入资源上限。",
        "LimitExceeded.MonthlyAddressRecoveryQuota" = "每月地址找回配额超过限制。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "UnauthorizedOperation.AnycastEip" = "无权限申请AnycastEip资源。",
        "UnauthorizedOperation.InvalidAccount" = "未授权的用户。",
        "UnsupportedOperation.AccountNotSupported" = "不支持的账户。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.DeliveryFailed" = "发货失败。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。",
        "UnsupportedOperation.NotSupportedPurchaseCenterEgressResource" = "此地域没有上线出口二资源，请到北京/广州/南京购买。",
        "UnsupportedOperation.OfflineChargeType" = "此产品计费方式已下线，请尝试其他计费方式。",
        "UnsupportedOperation.UnsupportedRegion" = "暂无法在此国家/地区提供该服务。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateAddresses {
    /// List of the unique IDs of the requested EIPs.
    ///
    /// 申请到的 EIP 的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// The Async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Creates an EIPv6 (创建弹性公网IPv6): the response of `AllocateIPv6Addresses`.
///
/// This API is used to apply for one or more Elastic IPv6 (EIPv6) instances.
///
/// - EIPv6 is a fixed public IPv6 address that can be independently applied for and held in a Tencent Cloud region, providing a consistent product experience with Elastic IPv4.
///
/// - You can quickly bind an EIPv6 instance to the private IPv6 address of a cloud resource, so as to quickly enable IPv6 public bandwidth for the cloud resource.
///
/// - You can also bind an EIPv6 instance to other cloud resources as needed, so as to shield instance failures.
///
/// 本接口（AllocateIPv6Addresses）用于申请一个或多个弹性公网IPv6（简称EIPv6）实例。
///
/// - EIPv6 是您在腾讯云某个地域可以独立申请和持有的，固定不变的公网 IPv6 地址，提供与弹性公网 IPv4 一致的产品体验。
///
/// - 通过弹性公网 IPv6，您可以快速将 EIPv6 实例绑定到云资源的内网 IPv6 地址上，实现为云资源快速开通 IPv6 公网带宽。
///
/// - 您还可以按需将 EIPv6 实例绑定到其他云资源上，从而屏蔽实例故障。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AllocateIPv6Addresses",
    errors(
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.BandwidthTooSmall" = "选择带宽低于可允许的最小范围。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.UnavailableZone" = "该可用区不可用。",
        "LimitExceeded.BandwidthPackageResourceQuota" = "当前带宽包加入资源上限。",
        "UnsupportedOperation.AccountNotSupported" = "不支持的账户。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateIPv6Addresses {
    /// List of unique IDs of applied EIPv6 addresses.
    ///
    /// 申请到的弹性公网 IPv6 地址的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// Async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId，可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Allocates the IPv6 public network bandwidth (开通IPv6公网带宽): the response of `AllocateIp6AddressesBandwidth`.
///
/// This API is used to allocate IPv6 public network bandwidth for classic elastic public IPv6 addresses.
///
/// - Classic elastic public IPv6 addresses only have the private network communication capability by default. They can have the IPv6 public network communication capability and be displayed in the list of Classic Elastic Public IPv6 only after IPv6 public network bandwidth is allocated in the console or by calling this API.
///
/// - You can allocate public network bandwidth for one or multiple Classic elastic public IPv6 addresses each time.
///
/// 本接口（AllocateIp6AddressesBandwidth）用于为传统弹性公网 IPv6 地址开通 IPv6 公网带宽。
///
/// - 传统弹性公网 IPv6 地址默认仅具备内网通信能力，需通过控制台或 API 接口为其分配公网带宽后，才能具备 IPv6 公网通信能力、并于传统弹性公网 IPv6 列表页可见。
///
/// - 支持为一个或多个传统弹性公网 IPv6 实例开通公网带宽。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AllocateIp6AddressesBandwidth",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "InvalidParameterValue.AddressIpNotInVpc" = "VPC中不存在此IP地址。",
        "InvalidParameterValue.AddressPublished" = "该IPv6地址已经发布。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.InvalidIpv6" = "无效的IPv6地址。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateIp6AddressesBandwidth {
    /// List of unique IDs of Classic elastic Public IPv6 instances.
    ///
    /// 传统弹性公网 IPv6 的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// Asynchronous task ID. You can call the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Assigns an IPv6 address (分配IPv6地址): the response of `AssignIpv6Addresses`.
///
/// This API is used to apply for an IPv6 address for the ENI.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// * The number of IPs bound with an ENI is limited. For more information, see [ENI Use Limits](https://cloud.tencent.com/document/product/576/18527).
///
/// * You can apply for a specified IPv6 address. Currently, the IPv6 address can only be used as a secondary IP, instead of the primary IP.
///
/// * The address must be an idle IP in the subnet to which the ENI belongs.
///
/// * When applying for one or more secondary IPv6 addresses for an ENI, the API will return the specified number of secondary IPv6 addresses in the subnet range where the ENI is located.
///
/// 本接口（AssignIpv6Addresses）用于弹性网卡申请`IPv6`地址。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)接口。
///
/// * 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
///
/// * 可以指定`IPv6`地址申请，地址类型不能为主`IP`，`IPv6`地址暂时只支持作为辅助`IP`。
///
/// * 地址必须要在弹性网卡所在子网内，而且不能被占用。
///
/// * 在弹性网卡上申请一个到多个辅助`IPv6`地址，接口会在弹性网卡所在子网段内返回指定数量的辅助`IPv6`地址。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssignIpv6Addresses",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "LimitExceeded.Address" = "分配IP地址数量达到上限。",
        "ResourceInUse.Address" = "指定IP地址已经在使用中。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.UnassignCidrBlock" = "未分配IPv6网段。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6Addresses {
    /// The list of `IPv6` addresses assigned to ENIs.
    ///
    /// 分配给弹性网卡的`IPv6`地址列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
}

/// Assigns an IPv6 IP range (分配IPv6网段): the response of `AssignIpv6CidrBlock`.
///
/// This API is used to assign IPv6 ranges.
///
/// * To use this API, you must already have a VPC instance. If you do not have a VPC instance yet, use the [CreateVpc](https://intl.cloud.tencent.com/document/api/215/15774?from_cn_redirect=1) API to create one.
///
/// * Each VPC can apply for only one IPv6 range.
///
/// 本接口（AssignIpv6CidrBlock）用于分配IPv6网段。
///
/// * 使用本接口前，您需要已有VPC实例，如果没有可通过接口[CreateVpc](https://cloud.tencent.com/document/api/215/15774)创建。
///
/// * 每个VPC只能申请一个IPv6网段。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssignIpv6CidrBlock",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.CidrBlock" = "VPC分配网段数量达到上限。",
        "ResourceInsufficient.CidrBlock" = "网段资源不足。",
        "UnsupportedOperation.IPV6CidrNotDeployed" = "TGW还没有投放IPv6网段",
        "UnsupportedOperation.ResourceProcessing" = "资源正在操作中，请稍后重试。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6CidrBlock {
    /// The assigned `IPv6` IP range, such as `3402:4e00:20:1000::/56`
    ///
    /// 分配的 `IPv6` 网段。形如：`3402:4e00:20:1000::/56`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// 申请IPv6 Cidr 的类型，`GUA`,  `ULA`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_type: Option<String>,
}

/// Assigns an IPv6 subnet IP range (分配IPv6子网段): the response of `AssignIpv6SubnetCidrBlock`.
///
/// This API (AssignIpv6SubnetCidrBlock) is used to assign IPv6 subnet IP ranges.
///
/// * To assign an `IPv6` IP range to a subnet, the `VPC` that the subnet belongs to should have obtained the `IPv6` IP range. If this has not been assigned, use the `AssignIpv6CidrBlock` API to assign an `IPv6` IP range to the `VPC` to which the subnet belongs. Otherwise, the `IPv6` subnet IP range cannot be assigned.
///
/// * Each subnet can only be assigned one IPv6 IP range.
///
/// 本接口（AssignIpv6SubnetCidrBlock）用于分配IPv6子网段。
///
/// * 给子网分配 `IPv6` 网段，要求子网所属 `VPC` 已获得 `IPv6` 网段。如果尚未分配，请先通过接口 `AssignIpv6CidrBlock` 给子网所属 `VPC` 分配一个 `IPv6` 网段。否则无法分配 `IPv6` 子网段。
///
/// * 每个子网只能分配一个IPv6网段。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssignIpv6SubnetCidrBlock",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。",
        "InvalidParameterValue.SubnetRange" = "子网CIDR不合法。",
        "LimitExceeded.SubnetCidrBlock" = "子网分配子网段数量达到上限。",
        "UnsupportedOperation.GUANotSupportAllocateCdcSubnet" = "GUA类型的网段不支持分配给CDC子网。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6SubnetCidrBlock {
    /// The assigned `IPv6` subnet IP range list.
    ///
    /// 分配 `IPv6` 子网段列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_subnet_cidr_block_set: Option<Vec<Ipv6SubnetCidrBlock>>,
}

/// Applies for private IPs for an ENI (弹性网卡申请内网 IP): the response of `AssignPrivateIpAddresses`.
///
/// This API is used to apply for private IPs for an ENI.
///
/// * An ENI can only be bound with a limited number of IP addresses. For more information about resource limits, see [ENI Use Limits](https://cloud.tencent.com/document/product/576/18527).
///
/// * You can apply for a specified private IP. It cannot be a primary IP because the primary IP already exists and cannot be modified. The private IP address must be an idle IP in the subnet to which the ENI belongs.
///
/// * You can apply for more than one secondary private IP on the ENI. The API will return the specified number of secondary private IPs in the subnet IP range.
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口（AssignPrivateIpAddresses）用于弹性网卡申请内网 IP。
///
/// * 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
///
/// * 可以指定内网IP地址申请，内网IP地址类型不能为主IP，主IP已存在，不能修改，内网IP必须要在弹性网卡所在子网内，而且不能被占用。
///
/// * 在弹性网卡上申请一个到多个辅助内网IP，接口会在弹性网卡所在子网网段内返回指定数量的辅助内网IP。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssignPrivateIpAddresses",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameterValue.DuplicatePara" = "参数值存在重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "ResourceInsufficient.Subnet" = "子网IP资源不足, 无法分配IP。",
        "UnsupportedOperation.IdempotentParameterMismatch" = "指定的客户令牌已经被使用。",
        "UnsupportedOperation.IdempotentProcessing" = "先前的幂等请求仍在处理中，请稍后重试。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.ResourceMismatch" = "输入的资源ID与IP绑定的资源不匹配，请检查。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignPrivateIpAddresses {
    /// The detailed information of the Private IP.
    ///
    /// 内网IP详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
}

/// Binds an Elastic IP (绑定弹性公网IP): the response of `AssociateAddress`.
///
/// This API is used to bind an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP for short) to the specified private IP of an instance or ENI.
///
/// * Binding an EIP to a CVM instance is actually binding the EIP to the primary private IP of the primary ENI on the CVM instance.
///
/// * When an EIP is bound, the public IP previously bound to the CVM instance will be unbound and released automatically.
///
/// * To bind another EIP to the private IP of the specified ENI, you must first unbind the EIP.
///
/// * To bind an EIP to a NAT Gateway, use the API [AssociateNatGatewayAddress](https://intl.cloud.tencent.com/document/product/215/36722?from_cn_redirect=1).
///
/// * An EIP cannot be bound if it’s overdue or blocked
///
/// * Only EIP in the `UNBIND` status can be bound.
///
/// 本接口 (AssociateAddress) 用于将[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）绑定到实例或弹性网卡的指定内网 IP 上。
///
/// * 将 EIP 绑定到实例（CVM）上，其本质是将 EIP 绑定到实例上主网卡的主内网 IP 上。
///
/// * 将 EIP 绑定到主网卡的主内网IP时，如主内网IP已绑定普通公网IP，必须先退还才能绑定EIP。
///
/// * 将 EIP 绑定到指定网卡的内网 IP上（非主网卡的主内网IP），则必须先解绑该 EIP，才能再绑定新的。
///
/// * 将 EIP 绑定到NAT网关，请使用接口[AssociateNatGatewayAddress](https://cloud.tencent.com/document/product/215/36722)。
///
/// * EIP 如果欠费或被封堵，则不能被绑定。
///
/// * 只有状态为 UNBIND 的 EIP 才能够被绑定。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateAddress",
    errors(
        "FailedOperation.AddressEniInfoNotFound" = "地址没有弹性网卡信息。",
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidInstanceId.AlreadyBindEip" = "指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidNetworkInterfaceId.NotFound" = "指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。",
        "InvalidParameter.Conflict" = "指定的两个参数冲突，不能同时存在。",
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotApplicable" = "该地址不可与此实例申请。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InstanceDoesNotSupportAnycast" = "该实例不支持AnycastEIP。",
        "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni" = "实例不支持在网卡上显示EIP。支持的实例ID格式为 ins-xxxxxxxx 和 eks-xxxxxxxx",
        "InvalidParameterValue.InstanceHasNoWanIP" = "实例不存在公网IP。",
        "InvalidParameterValue.InstanceHasWanIP" = "该实例已有WanIP。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.InstanceNoWanIP" = "该实例没有WanIP，无法完成请求。",
        "InvalidParameterValue.InstanceNormalPublicIpBlocked" = "由于该IP被禁用，无法绑定该实例。",
        "InvalidParameterValue.InstanceNotMatchAssociateEni" = "弹性网卡绑定的实例与地址绑定的实例不一致。",
        "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni" = "实例所属的VPC不支持在网卡上显示EIP",
        "InvalidParameterValue.InvalidInstanceInternetChargeType" = "该IP只能绑定小时流量后付费和带宽包实例。",
        "InvalidParameterValue.InvalidInstanceState" = "该实例状态无法完成操作。",
        "InvalidParameterValue.LBAlreadyBindEip" = "负载均衡实例已经绑定了EIP。",
        "InvalidParameterValue.MissingAssociateEntity" = "缺少绑定的实例。",
        "InvalidParameterValue.NetworkInterfaceIdNotMatch" = "指定的弹性公网IP地址已绑定到网卡 ，不支持绑定到不同的网卡。",
        "InvalidParameterValue.NetworkInterfaceNotFound" = "未找到网络接口ID，或私有IP地址未在网络接口配置。",
        "InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni" = "私网IP是一个辅助IP，不支持其绑定的EIP在网卡上显示",
        "InvalidParameterValue.PrivateIpAddressNotMatch" = "指定的弹性公网IP地址已绑定到私有IP地址，不支持绑定到不同的私有IP地址。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "InvalidPrivateIpAddress.AlreadyBindEip" = "指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。",
        "LimitExceeded.InstanceAddressQuota" = "实例绑定的弹性IP超过配额。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.AddressIpNotSupportInstance" = "绑定此实例的IP地址不支持该操作。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.IncorrectAddressResourceType" = "该种类型地址不支持此操作。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.InstanceStatusNotPermit" = "子机在关机不收费状态下不支持绑定EIP。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。",
        "UnsupportedOperation.IspNotSupported" = "该ISP不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateAddress {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// DhcpIp绑定EIP: the response of `AssociateDhcpIpWithAddressIp`.
///
/// 本接口（AssociateDhcpIpWithAddressIp）用于DhcpIp绑定弹性公网IP（EIP）。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateDhcpIpWithAddressIp",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.BindEIP" = "已绑定EIP。",
        "UnsupportedOperation.UnsupportedBindLocalZoneEIP" = "不支持绑定LocalZone弹性公网IP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateDhcpIpWithAddressIp;

/// Binds a direct connect gateway to a NAT Gateway (专线网关绑定NAT网关): the response of `AssociateDirectConnectGatewayNatGateway`.
///
/// This API is used to bind a direct connect gateway with a NAT gateway,  and direct its default route to the NAT Gateway.
///
/// 将专线网关与NAT网关绑定，专线网关默认路由指向NAT网关
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateDirectConnectGatewayNatGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.VpgTypeNotMatch" = "当前功能不支持此专线网关。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateDirectConnectGatewayNatGateway;

/// HAVIP绑定子机或网卡: the response of `AssociateHaVipInstance`.
///
/// 本接口（AssociateHaVipInstance）用于HAVIP绑定子机或网卡（限制HaVip的漂移范围）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateHaVipInstance",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.DuplicatedHaVipAssociations" = "指定的HaVip和实例存在绑定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateHaVipInstance;

/// Binds an EIPv6 (绑定弹性公网IPv6): the response of `AssociateIPv6Address`.
///
/// This API is used to bind an EIPv6 instance to the private IPv6 address configured on the CVM or ENI.
///
/// - Binding an EIPv6 to the CVM essentially indicates binding the EIPv6 to the private IPv6 address configured on the ENI of the CVM.
///
/// - Before binding an EIPv6 to the private IPv6 of a specified ENI, ensure that the private IPv6 address is unbound before the binding operation is performed.
///
/// 本接口（AssociateIPv6Address）用于将弹性公网IPv6（简称EIPv6）实例绑定到 CVM 或弹性网卡配置的内网 IPv6 地址上。
///
/// - 将 EIPv6 绑定到 CVM 上，其本质是将 EIPv6 绑定到 CVM 弹性网卡所配置的内网 IPv6 地址上。
///
/// - 将 EIPv6 绑定到指定网卡的内网 IPv6 时，需确保该内网 IPv6 地址为未绑定状态，才能执行绑定操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateIPv6Address",
    errors(
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "InvalidParameterValue.AddressNotApplicable" = "该地址不可与此实例申请。",
        "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni" = "实例不支持在网卡上显示EIP。支持的实例ID格式为 ins-xxxxxxxx 和 eks-xxxxxxxx",
        "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni" = "实例所属的VPC不支持在网卡上显示EIP",
        "InvalidParameterValue.MissingAssociateEntity" = "缺少绑定的实例。",
        "InvalidParameterValue.NetworkInterfaceIdNotMatch" = "指定的弹性公网IP地址已绑定到网卡 ，不支持绑定到不同的网卡。",
        "InvalidParameterValue.NetworkInterfaceInstanceNotSupport" = "网卡所绑定实例不支持绑定弹性公网IPv6",
        "InvalidParameterValue.NetworkInterfaceNotFound" = "未找到网络接口ID，或私有IP地址未在网络接口配置。",
        "InvalidParameterValue.PrivateIpAddressNotMatch" = "指定的弹性公网IP地址已绑定到私有IP地址，不支持绑定到不同的私有IP地址。",
        "InvalidPrivateIpAddress.AlreadyBindEip" = "指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateIPv6Address;

/// 关联云联网实例到指定的云联网路由表: the response of `AssociateInstancesToCcnRouteTable`.
///
/// 本接口（AssociateInstancesToCcnRouteTable）用于将指定的云联网实例关联到指定的云联网路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateInstancesToCcnRouteTable",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.InvalidInstanceState" = "无效的实例状态。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateInstancesToCcnRouteTable;

/// Binds an EIP to a NAT gateway (NAT网关绑定弹性IP): the response of `AssociateNatGatewayAddress`.
///
/// This API is used to bind an EIP to a NAT gateway.
///
/// 本接口(AssociateNatGatewayAddress)用于NAT网关绑定弹性IP（EIP）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateNatGatewayAddress",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.EIPBrandWidthOutInvalid" = "值超过上限。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.AddressQuotaLimitExceeded" = "租户申请的弹性IP超过上限。",
        "LimitExceeded.DailyAllocateAddressQuotaLimitExceeded" = "租户每天申请的弹性IP超过上限。",
        "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded" = "NAT网关绑定的弹性IP超过上限。",
        "ResourceInUse.Address" = "指定IP地址已经在使用中。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.PublicIpAddressIsNotBGPIp" = "绑定NAT网关的弹性IP不是BGP性质的IP。",
        "UnsupportedOperation.PublicIpAddressIsNotExisted" = "绑定NAT网关的弹性IP不存在。",
        "UnsupportedOperation.PublicIpAddressNotBilledByTraffic" = "绑定NAT网关的弹性IP不是按流量计费的。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNatGatewayAddress;

/// Associates a network ACL with subnets (网络ACL关联子网): the response of `AssociateNetworkAclSubnets`.
///
/// This API is used to associate a network ACL with subnets in a VPC instance.
///
/// 本接口（AssociateNetworkAclSubnets）用于网络ACL关联VPC下的子网。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateNetworkAclSubnets",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNetworkAclSubnets;

/// Attaches a security group to an ENI. (弹性网卡绑定安全组): the response of `AssociateNetworkInterfaceSecurityGroups`.
///
/// This API (AssociateNetworkInterfaceSecurityGroups) is used to attach a security group to an ENI.
///
/// 本接口（AssociateNetworkInterfaceSecurityGroups）用于弹性网卡绑定安全组（SecurityGroup）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateNetworkInterfaceSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNetworkInterfaceSecurityGroups;

/// Associates an instance with a CCN (云联网关联实例): the response of `AttachCcnInstances`.
///
/// This API is used to add a network instance to a CCN instance. Network instances include VPCs and Direct Connect gateways.
///
/// The number of network instances that each CCN can be associated with is limited. For more information, see the product documentation. If you need to associate more instances, please submit a ticket.
///
/// 本接口（AttachCcnInstances）用于将网络实例加载到云联网实例中，网络实例包括VPC和专线网关。
///
/// 每个云联网能够关联的网络实例个数是有限的，详情请参考产品文档。如果需要扩充请联系在线客服。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AttachCcnInstances",
    errors(
        "InvalidParameterValue.CcnAttachBmvpcLimitExceeded" = "指定云联网关联黑石私有网络数量达到上限。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.CurrentInstanceAttachedCcnInstances" = "当前实例关联的云联网数量达到上限。",
        "UnsupportedOperation.AppIdNotFound" = "APPId不存在。",
        "UnsupportedOperation.CcnAttached" = "实例已关联CCN。",
        "UnsupportedOperation.CcnCrossAccount" = "云联网实例不支持跨账号关联。",
        "UnsupportedOperation.CcnOrdinaryAccountRefuseAttach" = "跨账号场景下不支持自驾云账号实例 关联普通账号云联网。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.CcnTrafficMeteringUnableCrossBorder" = "流量计量类型云联网暂不支持跨境",
        "UnsupportedOperation.InstanceAndRtbNotMatch" = "用户配置的实例和路由表不匹配。",
        "UnsupportedOperation.InstanceCdcIdNotMatchCcnCdcId" = "当前云联网`%(value)s`的CdcId与传入实例的CdcId不一致，不支持关联。",
        "UnsupportedOperation.InstanceOrdinaryAccountRefuseAttach" = "跨账号场景下不支持普通账号实例关联自驾云账号云联网。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.IsNotFinanceAccount" = "关联当前云联网的实例的账号存在不是金融云账号。",
        "UnsupportedOperation.MultipleVpcNotSupportAttachAccountHasIpv6" = "VPC实例内部有账号纬度的IPv6白名单，不支持关联多云联网。",
        "UnsupportedOperation.NotSupportAttachEdgeAndCrossBorderInstance" = "当前云联网不支持同时关联EDGE实例和跨境实例",
        "UnsupportedOperation.PurchaseLimit" = "当前账号不能在该地域使用产品。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。",
        "UnsupportedOperation.UnableCrossFinance" = "当前云联网无法关联金融云实例。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachCcnInstances;

/// Creates a Classiclink (创建基础网络互通): the response of `AttachClassicLinkVpc`.
///
/// This API is used to create a Classiclink between a VPC instance and a classic network device.
///
/// * The VPC instance and the classic network device must be in the same region.
///
/// * For differences between VPC and the classic network, see [VPC and Classic Network](https://intl.cloud.tencent.com/document/product/215/30720?from_cn_redirect=1).
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口(AttachClassicLinkVpc)用于创建私有网络和基础网络设备互通。
///
/// * 私有网络和基础网络设备必须在同一个地域。
///
/// * 私有网络和基础网络的区别详见vpc产品文档-[私有网络与基础网络](https://cloud.tencent.com/document/product/215/30720)。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AttachClassicLinkVpc",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CIDRUnSupportedClassicLink" = "指定VPC CIDR范围不支持私有网络和基础网络设备互通。",
        "UnsupportedOperation.ClassicInstanceIdAlreadyExists" = "实例已经和VPC绑定。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachClassicLinkVpc;

/// Binds an ENI to a CVM (弹性网卡绑定云服务器): the response of `AttachNetworkInterface`.
///
/// This API is used to bind an ENI to a CVM.
///
/// * An ENI must be bound with one security group at least. To bind it, see [AssociateNetworkInterfaceSecurityGroups](https://intl.cloud.tencent.com/document/product/215/43132?from_cn_redirect=1).
///
/// * One CVM can be bound with multiple ENIs, but only one can be the primary ENI. For more information about the limits, see [ENI Use Limits](https://intl.cloud.tencent.com/document/product/576/18527?from_cn_redirect=1).
///
/// * An ENI can only be bound to one CVM.
///
/// * Only the running or shutdown CVMs can be bound with ENIs. For more information about the CVM status, see [InstanceStatus](https://intl.cloud.tencent.com/document/api/213/9452?from_cn_redirect=1#InstanceStatus) in the Data Types.
///
/// * An ENI can only be bound to a VPC-based CVM under the same availability zone as the ENI subnet.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（AttachNetworkInterface）用于弹性网卡绑定云服务器。
///
/// * 一个弹性网卡请至少绑定一个安全组，如需绑定请参见[弹性网卡绑定安全组](https://cloud.tencent.com/document/product/215/43132)。
///
/// * 一个云服务器可以绑定多个弹性网卡，但只能绑定一个主网卡。更多限制信息详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
///
/// * 一个弹性网卡只能同时绑定一个云服务器。
///
/// * 只有运行中或者已关机状态的云服务器才能绑定弹性网卡，查看云服务器状态详见[腾讯云服务器信息](https://cloud.tencent.com/document/api/213/9452#InstanceStatus)。
///
/// * 弹性网卡绑定的云服务器必须是私有网络的，而且云服务器所在可用区必须和弹性网卡子网的可用区相同。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)
///
/// 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AttachNetworkInterface",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.AttachmentAlreadyExists" = "绑定关系已存在。",
        "UnsupportedOperation.IdempotentParameterMismatch" = "指定的客户令牌已经被使用。",
        "UnsupportedOperation.IdempotentProcessing" = "先前的幂等请求仍在处理中，请稍后重试。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.ResourceIsInvalidState" = "资源处于不可用状态，禁止操作。",
        "UnsupportedOperation.UnsupportedInstanceFamily" = "指定机型不支持弹性网卡。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。",
        "UnsupportedOperation.ZoneMismatch" = "指定资源在不同的可用区。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachNetworkInterface;

/// Associates a snapshot policy with specified instances (快照策略关联实例): the response of `AttachSnapshotInstances`.
///
/// This API is used to associate a snapshot policy with specified instances.
///
/// 本接口（AttachSnapshotInstances）用于快照策略关联实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AttachSnapshotInstances",
    errors(
        "InvalidParameterValue.DuplicatePara" = "参数值存在重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.AttachedSnapshotPolicyExceeded" = "实例关联快照策略数量达到上限。",
        "UnsupportedOperation.SnapshotAttached" = "实例已关联快照策略。",
        "UnsupportedOperation.SnapshotInstanceRegionDiff" = "一次仅支持关联一个地域的实例。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachSnapshotInstances;

/// Performs a compliance audit (合规化审批): the response of `AuditCrossBorderCompliance`.
///
/// This API is used by the service provider to perform a compliance audit.
///
/// * This API is only provided for service providers to audit compliance review requests received. Tencent Cloud will verify the identity of the service provider by the `APPID`.
///
/// * The status of the review request can be changed between `APPROVED` and `DENY`.
///
/// 本接口（AuditCrossBorderCompliance）用于服务商操作合规化资质审批。
///
/// * 服务商只能操作提交到本服务商的审批单，后台会校验身份。即只授权给服务商的`APPID` 调用本接口。
///
/// * `APPROVED` 状态的审批单，可以再次操作为 `DENY`；`DENY` 状态的审批单，也可以再次操作为 `APPROVED`。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AuditCrossBorderCompliance",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AuditCrossBorderCompliance;

/// Checks secondary CIDR block overlaps (检查辅助CIDR冲突): the response of `CheckAssistantCidr`.
///
/// This API is used to check whether the secondary CIDR block conflicts with existing routes, peering connections (peer VPC CIDR blocks), and other resources.
///
/// * Check whether the secondary CIDR block overlaps with the primary/secondary CIDR block of the current VPC.
///
/// * Check whether the secondary CIDR block overlaps with the routing destination of the current VPC.
///
/// * If the current VPC is used in a peering connection, check whether the secondary CIDR block overlaps with the primary/secondary CIDR block of the peer VPC.
///
/// 本接口（CheckAssistantCidr）用于检查辅助CIDR是否与存量路由、对等连接（对端VPC的CIDR）等资源存在冲突。如果存在重叠，则返回重叠的资源。
///
/// * 检测辅助CIDR是否与当前VPC的主CIDR和辅助CIDR存在重叠。
///
/// * 检测辅助CIDR是否与当前VPC的路由的目的端存在重叠。
///
/// * 检测辅助CIDR是否与当前VPC的对等连接，对端VPC下的主CIDR或辅助CIDR存在重叠。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CheckAssistantCidr",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckAssistantCidr {
    /// Array of conflict resources.
    ///
    /// 冲突资源信息数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_source_set: Option<Vec<ConflictSource>>,
}

/// 预判是否可建默认子网: the response of `CheckDefaultSubnet`.
///
/// 本接口（CheckDefaultSubnet）用于预判是否可建默认子网。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CheckDefaultSubnet",
    errors("ResourceInsufficient.CidrBlock" = "网段资源不足。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckDefaultSubnet {
    /// 检查结果。true为可以创建默认子网，false为不可以创建默认子网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub result: Option<bool>,
}

/// 查询网关是否启用流量监控: the response of `CheckGatewayFlowMonitor`.
///
/// 本接口（CheckGatewayFlowMonitor）用于查询网关是否启用流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CheckGatewayFlowMonitor",
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckGatewayFlowMonitor {
    /// 网关是否启用了流控。true为启用，false未启用。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enabled: Option<bool>,
    /// 网关的带宽。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<u64>,
}

/// CheckNetDetectState (验证网络探测): the response of `CheckNetDetectState`.
///
/// This API is used to verify the network detection status.
///
/// 本接口（CheckNetDetectState）用于验证网络探测。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CheckNetDetectState",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameter.NextHopMismatch" = "下一跳类型与下一跳网关不匹配。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NetDetectInVpc" = "探测目的IP和网络探测在同一个VPC内。",
        "InvalidParameterValue.NetDetectNotFoundIp" = "探测目的IP在云联网的路由表中找不到匹配的下一跳。",
        "InvalidParameterValue.NetDetectSameIp" = "探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.EcmpWithUserRoute" = "和用户自定义的路由形成ECMP。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckNetDetectState {
    /// The array of network detection verification results.
    ///
    /// 网络探测验证结果对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ip_state_set: Option<Vec<NetDetectIpState>>,
}

/// Checks the collector and receiver for traffic mirroring (检查流量镜像的采集端接收端): the response of `CheckTrafficMirror`.
///
/// This API is used to check the collector and receiver for traffic mirroring (public IP address type).
///
/// 检查流量镜像的采集端接收端（公网IP类型）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CheckTrafficMirror",
    errors(
        "InvalidParameter.DuplicatedLbTrafficMirrorCollectors" = "当前IP已在其他公网IP类型的流量镜像中使用。",
        "InvalidParameter.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "InvalidParameterValue.DuplicatedLbTrafficMirrorCollectors" = "当前IP已在其他公网IP类型的流量镜像中使用。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint" = "接收端不是一个存在的虚机IP也不是可路由的idc机房IP。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckTrafficMirror;

/// 清空云联网路由表选择策略: the response of `ClearRouteTableSelectionPolicies`.
///
/// 本接口（ClearRouteTableSelectionPolicies）用于清空指定云联网的路由表选择策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ClearRouteTableSelectionPolicies",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.InstanceNotExist" = "路由表选择策略配置的实例不存在。",
        "UnsupportedOperation.NotSupportCreateCcnRouteTable" = "没有开启多路由表特性，不能创建用户路由表。",
        "UnsupportedOperation.NotSupportSameCcnInstanceAndSourceAddress" = "不支持编辑相同的实例和源地址。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ClearRouteTableSelectionPolicies;

/// Clones an security group (克隆安全组): the response of `CloneSecurityGroup`.
///
/// This API is used to create a security group with the same rule configurations as an existing security group. The cloning only copies the security group and its rules, but not the security group tags.
///
/// 本接口（CloneSecurityGroup）用于根据存量的安全组，克隆创建出同样规则配置的安全组。默认仅克隆安全组及其规则信息，可通过入参开启克隆安全组标签信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CloneSecurityGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.RemoteRegionSgHasReferencedSg" = "此安全组存在嵌套安全组规则，不支持跨地域克隆。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CloneSecurityGroup {
    /// Security group object
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// Creates an IP address template (创建IP地址模板): the response of `CreateAddressTemplate`.
///
/// This API is used to create an IP address template.
///
/// 本接口（CreateAddressTemplate）用于创建IP地址模板。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateAddressTemplate",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAddressTemplate {
    /// The template object of the IP address.
    ///
    /// IP地址模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template: Option<AddressTemplate>,
}

/// Creates an IP address template group (创建IP地址模板集合): the response of `CreateAddressTemplateGroup`.
///
/// This API is used to create an IP address template group.
///
/// 本接口（CreateAddressTemplateGroup）用于创建IP地址模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateAddressTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAddressTemplateGroup {
    /// Group object of the IP address template.
    ///
    /// IP地址模板集合对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_group: Option<AddressTemplateGroup>,
}

/// Creates an ENI and binds it to a CVM (创建弹性网卡并绑定云服务器): the response of `CreateAndAttachNetworkInterface`.
///
/// This API is used to create an ENI and bind it to a CVM.
///
/// * You can specify private IP addresses and a primary IP when creating an ENI. The specified private IP must be idle and in the same subnet as the ENI.
///
/// * When creating an ENI, you can specify the number of private IPs that you want to apply for. The system will randomly generate private IP addresses.
///
/// * The number of IPs bound with an ENI is limited. For more information, see [ENI Use Limits](https://cloud.tencent.com/document/product/576/18527).
///
/// * You can bind an existing security group when creating an ENI.
///
/// * You can bind a tag when creating an ENI. The tag list in the response indicates the tags that have been successfully added.
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口（CreateAndAttachNetworkInterface）用于创建弹性网卡并绑定云服务器。
///
/// * 创建弹性网卡时可以指定内网IP，并且可以指定一个主IP，指定的内网IP必须在弹性网卡所在子网内，而且不能被占用。
///
/// * 创建弹性网卡时可以指定需要申请的内网IP数量，系统会随机生成内网IP地址。
///
/// * 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
///
/// * 创建弹性网卡同时可以绑定已有安全组。
///
/// * 创建弹性网卡同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateAndAttachNetworkInterface",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "ResourceInsufficient.Subnet" = "子网IP资源不足, 无法分配IP。",
        "UnsupportedOperation.IdempotentParameterMismatch" = "指定的客户令牌已经被使用。",
        "UnsupportedOperation.IdempotentProcessing" = "先前的幂等请求仍在处理中，请稍后重试。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.ResourceMismatch" = "输入的资源ID与IP绑定的资源不匹配，请检查。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.UnsupportedInstanceFamily" = "指定机型不支持弹性网卡。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAndAttachNetworkInterface {
    /// The ENI instance.
    ///
    /// 弹性网卡实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface: Option<NetworkInterface>,
}

/// Creates a secondary CIDR block (创建辅助CIDR): the response of `CreateAssistantCidr`.
///
/// This API is used to batch create secondary CIDR blocks.
///
/// 本接口（CreateAssistantCidr）用于批量创建辅助CIDR。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateAssistantCidr",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。",
        "InvalidParameterValue.SubnetOverlapAssistCidr" = "子网与辅助Cidr网段重叠。",
        "InvalidParameterValue.SubnetRange" = "子网CIDR不合法。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpcCidrOverlapRoute" = "辅助Cidr与自定义子网路由目的Cidr网段完全重叠。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAssistantCidr {
    /// Array of secondary CIDR blocks.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
}

/// Creates a bandwidth package (创建共享带宽包): the response of `CreateBandwidthPackage`.
///
/// This API is used to create a [device bandwidth package](https://intl.cloud.tencent.com/document/product/684/15245?from_cn_redirect=1#bwptype) or an [IP bandwidth package](https://intl.cloud.tencent.com/document/product/684/15245?from_cn_redirect=1#bwptype).
///
/// 本接口 (CreateBandwidthPackage) 支持创建[设备带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)和[IP带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateBandwidthPackage",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "LimitExceeded.BandwidthPackageQuota" = "带宽包配额超过限制。",
        "UnsupportedOperation.AccountNotSupported" = "不支持的账户。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.InvalidResourceInternetChargeType" = "该计费方式不支持此操作。",
        "UnsupportedOperation.NotSupportedPurchaseCenterEgressResource" = "此地域没有上线出口二资源，请到北京/广州/南京购买。",
        "UnsupportedOperation.UnsupportedRegion" = "暂无法在此国家/地区提供该服务。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBandwidthPackage {
    /// The unique ID of the bandwidth package.
    ///
    /// 带宽包唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_id: Option<String>,
    /// The unique ID list of the bandwidth package (effective only when you apply for more than 1 bandwidth packages).
    ///
    /// 带宽包唯一ID列表(申请数量大于1时有效)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_ids: Option<Vec<String>>,
}

/// Creates a CCN (创建CCN): the response of `CreateCcn`.
///
/// This API is used to create a CCN instance.
///
/// * You can add tags to a CCN instance upon the creation. The tags are added successfully if they are listed in the response.
///
/// * There is a quota of CCN instances for each account. For more information, see product documentation. To increase the quota, please submit a ticket.
///
/// 本接口（CreateCcn）用于创建云联网（CCN）。
///
/// * 创建云联网同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
///
/// * 每个账号能创建的云联网实例个数是有限的，详请参考产品文档。如果需要扩充请联系在线客服。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCcn",
    errors(
        "FailedOperation.CreateCcnFailed" = "创建云联网失败. 请重试你的请求，如果问题仍然存在，请联系腾讯云客服。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnauthorizedOperation.NoRealNameAuthentication" = "账号未实名。",
        "UnsupportedOperation.CopperCcnNotSupportedCreate" = "当前账号不允许创建服务质量：铜云联网。",
        "UnsupportedOperation.CopperCcnSupportedPrepaid" = "服务质量：铜云联网仅支持创建预付费模式。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.NotSupportedCreateTrafficMeteringTypeCcn" = "不支持创建后付费流量计费类型云联网",
        "UnsupportedOperation.PrepaidCcnOnlySupportBandwidthMetering" = "预付费云联网只支持带宽计量类型",
        "UnsupportedOperation.PrepaidCcnOnlySupportInterRegionLimit" = "预付费云联网只支持地域间限速。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.UserAndCcnChargeTypeNotMatch" = "当前用户付费类型不支持创建所选付费类型的云联网。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCcn {
    /// The CCN object.
    ///
    /// 云联网（CCN）对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn: Option<Ccn>,
}

/// 创建云联网策略路由下一跳: the response of `CreateCcnPolicyBasedRoutingNextHop`.
///
/// 创建云联网策略路由下一跳
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCcnPolicyBasedRoutingNextHop",
    errors(
        "UnsupportedOperation.CcnNotEnablePolicyBasedRoutingFlag" = "云联网未开启策略路由开关"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCcnPolicyBasedRoutingNextHop {
    /// 策略路由下一跳ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_next_hop_id: Option<String>,
}

/// 批量创建云联网策略路由匹配规则: the response of `CreateCcnPolicyBasedRoutingRules`.
///
/// 创建云联网策略路由匹配规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCcnPolicyBasedRoutingRules",
    errors(
        "UnsupportedOperation.CcnNotEnablePolicyBasedRoutingFlag" = "云联网未开启策略路由开关",
        "UnsupportedOperation.RecordExists" = "记录已存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCcnPolicyBasedRoutingRules {
    /// 策略路由匹配规则ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_rule_id_set: Option<Vec<String>>,
}

/// 新建云联网路由表: the response of `CreateCcnRouteTables`.
///
/// 本接口（CreateCcnRouteTables）用于给指定的云联网实例新建路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCcnRouteTables",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnIpv6NotSupportMultipleRouteTable" = "云联网开启ipv6不支持创建多路由表",
        "UnsupportedOperation.NotSupportCreateCcnRouteTable" = "没有开启多路由表特性，不能创建用户路由表。",
        "UnsupportedOperation.RouteTableExceedPerVbcLimit" = "当前云联网的路由表数量已超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCcnRouteTables {
    /// 路由表信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_table_set: Option<Vec<CcnRouteTable>>,
}

/// 创建 IDC 通道: the response of `CreateCdcLDCXList`.
///
/// 创建 IDC 通道
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCdcLDCXList",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCdcLDCXList;

/// 创建虚拟连接: the response of `CreateCdcNetPlanes`.
///
/// 创建虚拟连接，用于支持 CDC 多租户模式
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCdcNetPlanes",
    errors(
        "UnsupportedOperation.ServiceUnsupportedRegion" = "服务在当前地域不支持。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCdcNetPlanes;

/// Creates a customer gateway (创建对端网关): the response of `CreateCustomerGateway`.
///
/// This API (CreateCustomerGateway) is used to create customer gateways.
///
/// 本接口（CreateCustomerGateway）用于创建对端网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateCustomerGateway",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.RecordExists" = "记录已存在。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.VpnUnsupportedBgp" = "VPN不支持BGP",
        "VpcLimitExceeded" = "已经达到指定区域vpc资源申请数量上限。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomerGateway {
    /// Customer gateway object
    ///
    /// 对端网关对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway: Option<CustomerGateway>,
}

/// 创建默认安全组: the response of `CreateDefaultSecurityGroup`.
///
/// 本接口（CreateDefaultSecurityGroup）用于创建（如果项目下未存在默认安全组，则创建；已存在则获取。）默认安全组（SecurityGroup）。
///
/// * 每个账户下每个地域的每个项目的[安全组数量限制](https://cloud.tencent.com/document/product/213/12453)。
///
/// * 默认安全组会放通所有IPv4规则，在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
///
/// * 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDefaultSecurityGroup",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDefaultSecurityGroup {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// Creates a default VPC and subnets (创建默认VPC和默认子网): the response of `CreateDefaultVpc`.
///
/// This API is used to create a VPC with default settings.
///
/// To create a VPC with custom settings, such as VPC name, IP range, subnet IP range, and subnet availability zone, use `CreateVpc` instead.
///
/// This API may not create a default VPC. It depends on the network attributes (`DescribeAccountAttributes`) of your account.
///
/// * If both basic network and VPC are supported, the returned `VpcId` is 0.
///
/// * If only VPC is supported, the default VPC information is returned.
///
/// You can also use the `Force` parameter to forcibly return a default VPC.
///
/// 本接口（CreateDefaultVpc）用于创建默认私有网络(VPC）。
///
/// 默认VPC适用于快速入门和启动公共实例，您可以像使用任何其他VPC一样使用默认VPC。如果您想创建标准VPC，即指定VPC名称、VPC网段、子网网段、子网可用区，请使用常规创建VPC接口（CreateVpc）
///
/// 正常情况，本接口并不一定生产默认VPC，而是根据用户账号的网络属性（DescribeAccountAttributes）来决定的
///
/// * 支持基础网络、VPC，返回VpcId为0
///
/// * 只支持VPC，返回默认VPC信息
///
/// 您也可以通过 Force 参数，强制返回默认VPC。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDefaultVpc",
    errors(
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.SubnetOverlap" = "CIDR与同一个私有网络内的另一个子网发生重叠。",
        "LimitExceeded.DefaultVpcLimitExceeded" = "默认VPC数量已达到上限。",
        "ResourceInsufficient.CidrBlock" = "网段资源不足。",
        "UnsupportedOperation.RecordExists" = "记录已存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDefaultVpc {
    /// Default VPC and subnet IDs
    ///
    /// 默认VPC和子网ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc: Option<DefaultVpcSubnet>,
}

/// 创建DhcpIp: the response of `CreateDhcpIp`.
///
/// 本接口（CreateDhcpIp）用于创建DhcpIp。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDhcpIp",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceInsufficient.Subnet" = "子网IP资源不足, 无法分配IP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDhcpIp {
    /// 新创建的`DhcpIp`信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhcp_ip_set: Option<Vec<DhcpIp>>,
}

/// Creates a direct connect gateway (创建专线网关): the response of `CreateDirectConnectGateway`.
///
/// This API is used to create a direct connect gateway.
///
/// 本接口（CreateDirectConnectGateway）用于创建专线网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDirectConnectGateway",
    errors(
        "InvalidParameter.VpgHaGroupNotFound" = "专线网关跨可用区容灾组不存在。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDirectConnectGateway {
    /// The object of the direct connect gateway.
    ///
    /// 专线网关对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway: Option<DirectConnectGateway>,
}

/// Creates the CCN route of a Direct Connect gateway (创建专线网关云联网路由): the response of `CreateDirectConnectGatewayCcnRoutes`.
///
/// This API (CreateDirectConnectGatewayCcnRoutes) is used to create the CCN route (IDC IP range) of a Direct Connect gateway.
///
/// 本接口（CreateDirectConnectGatewayCcnRoutes）用于创建专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDirectConnectGatewayCcnRoutes;

/// Creates a flow log (创建流日志): the response of `CreateFlowLog`.
///
/// This API is used to create a flow log.
///
/// 本接口（CreateFlowLog）用于创建网络流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateFlowLog",
    errors(
        "InternalError.CreateCkafkaRouteError" = "创建Ckafka路由失败，请稍后重试。",
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.DpdkNatFlowLogOnlySupportAllTrafficType" = "创建DPDK NAT流日志时，采集类型只支持全部。",
        "UnsupportedOperation.FlowLogInstanceExisted" = "指定ResourceId对应的流日志已经创建",
        "UnsupportedOperation.FlowLogsNotSupportKoInstanceEni" = "不支持创建流日志：当前弹性网卡绑定的是KO机型。",
        "UnsupportedOperation.FlowLogsNotSupportNullInstanceEni" = "不支持创建流日志：当前弹性网卡未绑定实例。",
        "UnsupportedOperation.NatGatewayDnatAndFlowLogConflict" = "传统型NAT网关暂不支持同时创建DNAT规则和开通流日志功能。",
        "UnsupportedOperation.OnlySupportProfessionKafka" = "仅支持专业版Ckafka。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateFlowLog {
    /// The information of the flow log created.
    ///
    /// 创建的流日志信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log: Option<Vec<FlowLog>>,
}

/// 创建全局路由: the response of `CreateGlobalRoutes`.
///
/// 本接口（CreateGlobalRoutes）用于创建全局路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateGlobalRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGlobalRoutes {
    /// 全局路由对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_route_set: Option<Vec<GlobalRoute>>,
}

/// Creates the HAVIP (创建HAVIP): the response of `CreateHaVip`.
///
/// This API is used to create a highly available virtual IP (HAVIP).
///
/// 本接口（CreateHaVip）用于创建高可用虚拟IP（HAVIP）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateHaVip",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.InvalidBusiness" = "参数的值不存在或不支持。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.NotPutVpcSnatIpAddress" = "该VPC没有投放Snat子网地址池",
        "UnsupportedOperation.SubnetNotExists" = "子网不存在。",
        "UnsupportedOperation.TrafficProtectionNotSupportIPv6" = "流量保护不支持IPv6。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHaVip {
    /// `HAVIP` object.
    ///
    /// `HAVIP`对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip: Option<HaVip>,
}

/// 创建高优路由表: the response of `CreateHighPriorityRouteTable`.
///
/// 高优路由表创建
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateHighPriorityRouteTable",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHighPriorityRouteTable {
    /// 高优路由表信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table: Option<HighPriorityRouteTable>,
}

/// 创建高优路由表条目: the response of `CreateHighPriorityRoutes`.
///
/// 创建高优路由表条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateHighPriorityRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHighPriorityRoutes {
    /// 高优路由表信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_set: Option<Vec<HighPriorityRoute>>,
}

/// 创建IPV6转换IPV4实例: the response of `CreateIp6Translators`.
///
/// 1. 该接口用于创建IPV6转换IPV4实例，支持批量
///
/// 2. 同一个账户在一个地域最多允许创建10个转换实例
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateIp6Translators",
    errors(
        "InternalServerError" = "操作内部错误。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateIp6Translators {
    /// 转换实例的唯一ID数组，形如"ip6-xxxxxxxx"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_translator_set: Option<Vec<String>>,
}

/// Creates a local gateway (创建本地网关): the response of `CreateLocalGateway`.
///
/// This API is used to create a local gateway for a CDC instance.
///
/// 本接口（CreateLocalGateway）用于创建用于CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceUnavailable.FailedGetCdcIdcVip" = "获取CDC IDC VIP失败.",
        "UnsupportedOperation.LocalGatewayAlreadyExists" = "指定的CDC已存在本地网关。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLocalGateway {
    /// Local gateway information
    ///
    /// 本地网关信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway: Option<LocalGateway>,
}

/// Creates a NAT gateway (创建NAT网关): the response of `CreateNatGateway`.
///
/// This API is used to create a NAT Gateway.
///
/// Before taking actions on a NAT gateway, ensure that it has been successfully created, namely, the `State` field in the response of the `DescribeNatGateway` API is `AVAILABLE`.
///
/// 本接口(CreateNatGateway)用于创建NAT网关。
///
/// 在对新建的NAT网关做其他操作前，需先确认此网关已被创建完成（DescribeNatGateway接口返回的实例State字段为AVAILABLE）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNatGateway",
    errors(
        "AddressQuotaLimitExceeded" = "账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。",
        "InternalError.ModuleError" = "内部模块错误。",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressState" = "指定EIP的当前状态不允许进行该操作。",
        "InvalidParameterValue.EIPBrandWidthOutInvalid" = "值超过上限。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidVpcId.Malformed" = "无效的VPC,VPC实例ID不合法。",
        "InvalidVpcId.NotFound" = "无效的VPC,VPC资源不存在。",
        "LimitExceeded.AddressQuotaLimitExceeded" = "租户申请的弹性IP超过上限。",
        "LimitExceeded.DailyAllocateAddressQuotaLimitExceeded" = "租户每天申请的弹性IP超过上限。",
        "LimitExceeded.NatGatewayLimitExceeded" = "NAT网关数量已达到上限。",
        "LimitExceeded.NatGatewayPerVpcLimitExceeded" = "私有网络创建的NAT网关超过上限。",
        "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded" = "NAT网关绑定的弹性IP超过上限。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "ResourceInUse.Address" = "指定IP地址已经在使用中。",
        "ResourceInsufficient.Instance" = "指定实例类型已售罄。",
        "UnauthorizedOperation.NoRealNameAuthentication" = "账号未实名。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.InsufficientInternetServiceProviders" = "至少需要两个运营商",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.NatGatewayHadEipUnassociate" = "NAT网关存在未解绑的IP。",
        "UnsupportedOperation.NotSupportZone" = "不支持的可用区",
        "UnsupportedOperation.PublicIpAddressIsNotBGPIp" = "绑定NAT网关的弹性IP不是BGP性质的IP。",
        "UnsupportedOperation.PublicIpAddressIsNotExisted" = "绑定NAT网关的弹性IP不存在。",
        "UnsupportedOperation.PublicIpAddressNotBilledByTraffic" = "绑定NAT网关的弹性IP不是按流量计费的。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGateway {
    /// NAT gateway object array.
    ///
    /// NAT网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_set: Option<Vec<NatGateway>>,
    /// The number of eligible NAT gateway objects.
    ///
    /// 符合条件的 NAT网关对象数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Creates the port forwarding rule of a NAT gateway (创建NAT网关端口转发规则): the response of `CreateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// This API is used to create the port forwarding rules of a NAT gateway.
///
/// 本接口(CreateNatGatewayDestinationIpPortTranslationNatRule)用于创建NAT网关端口转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatGatewayDnatRuleExisted" = "NAT网关的DNAT转换规则已存在。",
        "InvalidParameterValue.NatGatewayDnatRulePipNeedVm" = "DNAT转换规则的内网IP需为虚拟机上网卡所用的IP。",
        "InvalidParameterValue.NatGatewayDnatRuleRepeated" = "新增NAT网关的DNAT转换规则已重复。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.NatGatewayDnatLimitExceeded" = "NAT网关的DNAT转换规则数量已达到上限。",
        "UnsupportedOperation.NatGatewayDnatAndFlowLogConflict" = "传统型NAT网关暂不支持同时创建DNAT规则和开通流日志功能。",
        "UnsupportedOperation.NatGatewayEipNotExists" = "NAT网关的公网IP不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGatewayDestinationIpPortTranslationNatRule;

/// Creates SNAT rules for a NAT gateway (创建NAT网关SNAT规则): the response of `CreateNatGatewaySourceIpTranslationNatRule`.
///
/// This API is used to create SNAT rules for a NAT gateway.
///
/// 本接口(CreateNatGatewaySourceIpTranslationNatRule)用于创建NAT网关SNAT规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNatGatewaySourceIpTranslationNatRule",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatSnatRuleExists" = "NAT网关的SNAT规则已经存在。",
        "UnsupportedOperation.NatGatewayEipNotExists" = "NAT网关的公网IP不存在。",
        "UnsupportedOperation.NatGatewayRulePipExists" = "SNAT/DNAT转换规则所指定的内网IP已绑定了其他的规则，无法重复绑定。",
        "UnsupportedOperation.NatGatewaySnatPipNeedVm" = "SNAT转换规则的内网IP需为虚拟机上网卡所用的IP。",
        "UnsupportedOperation.NatGatewayTypeNotSupportSNAT" = "NAT网关类型不支持SNAT规则。",
        "UnsupportedOperation.UnbindEIP" = "未绑定EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGatewaySourceIpTranslationNatRule;

/// CreateNetDetect (创建网络探测): the response of `CreateNetDetect`.
///
/// This API is used to create a network probe.
///
/// 本接口（CreateNetDetect）用于创建网络探测。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNetDetect",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameter.NextHopMismatch" = "下一跳类型与下一跳网关不匹配。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NetDetectInVpc" = "探测目的IP和网络探测在同一个VPC内。",
        "InvalidParameterValue.NetDetectNotFoundIp" = "探测目的IP在云联网的路由表中找不到匹配的下一跳。",
        "InvalidParameterValue.NetDetectSameIp" = "探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.EcmpWithUserRoute" = "和用户自定义的路由形成ECMP。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetDetect {
    /// The network detection (NetDetect) object.
    ///
    /// 网络探测（NetDetect）对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect: Option<NetDetect>,
}

/// Creates a network ACL (创建网络ACL): the response of `CreateNetworkAcl`.
///
/// This API is used to create a [network ACL](https://intl.cloud.tencent.com/document/product/215/20088?from_cn_redirect=1).
///
/// * The inbound and outbound rules for a new network ACL are "Deny All" by default. You need to call `ModifyNetworkAclEntries` to set rules for the new network ACL as needed.
///
/// 本接口（CreateNetworkAcl）用于创建新的[网络ACL](https://cloud.tencent.com/document/product/215/20088)。
///
/// * 新建的网络ACL的入站和出站规则默认都是全部拒绝，在创建后通常您需要再调用ModifyNetworkAclEntries将网络ACL的规则设置为需要的规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNetworkAcl",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAcl {
    /// Network ACL instance
    ///
    /// 网络ACL实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl: Option<NetworkAcl>,
}

/// 增量添加网络ACL三元组规则接口: the response of `CreateNetworkAclEntries`.
///
/// 本接口（CreateNetworkAclEntries）用于增量添加网络ACL三元组的入站规则和出站规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNetworkAclEntries",
    errors(
        "InvalidParameter.AclTypeMismatch" = "ACL ID与ACL类型不匹配。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAclEntries;

/// Adds rules of the network ACL quintuple (增量添加网络ACL五元组规则接口): the response of `CreateNetworkAclQuintupleEntries`.
///
/// This API is used to add one or more in/outbound rules of the network ACL quintuple.
///
/// 本接口（CreateNetworkAclQuintupleEntries）用于增量网络ACL五元组的入站规则和出站规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNetworkAclQuintupleEntries",
    errors(
        "InvalidParameter.AclTypeMismatch" = "ACL ID与ACL类型不匹配。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAclQuintupleEntries;

/// Creates an ENI (创建弹性网卡): the response of `CreateNetworkInterface`.
///
/// This API is used to create an ENI.
///
/// * You can specify private IP addresses and a primary IP when creating an ENI. The specified private IP must be in the same subnet as the ENI and is not occupied.
///
/// * When creating an ENI, you can specify the number of private IP addresses that you want to apply for. The system will randomly generate private IP addresses.
///
/// * An ENI can only be bound with a limited number of IP addresses. For more information about resource limits, see [ENI Use Limits](https://cloud.tencent.com/document/product/576/18527).
///
/// * You can bind an existing security group when creating an ENI.
///
/// * You can bind a tag when creating an ENI. The tag list in the response indicates the tags that have been successfully added.
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口（CreateNetworkInterface）用于创建弹性网卡。
///
/// * 创建弹性网卡时可以指定内网IP，并且可以指定一个主IP，指定的内网IP必须在弹性网卡所在子网内，而且不能被占用。
///
/// * 创建弹性网卡时可以指定需要申请的内网IP数量，系统会随机生成内网IP地址。
///
/// * 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
///
/// * 创建弹性网卡同时可以绑定已有安全组。
///
/// * 创建弹性网卡同时可以绑定标签, 响应里的标签列表代表添加成功的标签。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateNetworkInterface",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "LimitExceeded.NetworkInterfaceLimitExceeded" = "VPC内创建的弹性网卡数量超过上限",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "ResourceInsufficient.Subnet" = "子网IP资源不足, 无法分配IP。",
        "UnsupportedOperation.IdempotentParameterMismatch" = "指定的客户令牌已经被使用。",
        "UnsupportedOperation.IdempotentProcessing" = "先前的幂等请求仍在处理中，请稍后重试。",
        "UnsupportedOperation.ResourceMismatch" = "输入的资源ID与IP绑定的资源不匹配，请检查。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkInterface {
    /// ENI instance.
    ///
    /// 弹性网卡实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface: Option<NetworkInterface>,
}

/// 创建私网NAT网关: the response of `CreatePrivateNatGateway`.
///
/// 本接口（CreatePrivateNatGateway）用于创建私网NAT网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreatePrivateNatGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.NatGatewayPerVpcLimitExceeded" = "私有网络创建的NAT网关超过上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.RecordExists" = "记录已存在。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePrivateNatGateway {
    /// 私网网关对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_nat_gateway_set: Option<Vec<PrivateNatGateway>>,
    /// 创建实例个数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 创建私网NAT网关目的端口转换规则: the response of `CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// 本接口（CreatePrivateNatGatewayDestinationIpPortTranslationNatRule）用于创建私网NAT网关目的端口转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreatePrivateNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.DuplicatePara" = "参数值存在重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "LimitExceeded.NatGatewayDnatLimitExceeded" = "NAT网关的DNAT转换规则数量已达到上限。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePrivateNatGatewayDestinationIpPortTranslationNatRule;

/// 创建私网NAT网关源端转换访问控制规则: the response of `CreatePrivateNatGatewayTranslationAclRule`.
///
/// 本接口（ CreatePrivateNatGatewayTranslationAclRule）用于创建私网NAT网关源端转换访问控制规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreatePrivateNatGatewayTranslationAclRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "LimitExceeded.PrivateNatTranslationAclRule" = "私网NAT网关转换规则的访问控制规则数量达到上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePrivateNatGatewayTranslationAclRule {
    /// 创建成功的访问控制列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_acl_rule_set: Option<Vec<TranslationAclRule>>,
}

/// 创建私网NAT网关源端转换规则: the response of `CreatePrivateNatGatewayTranslationNatRule`.
///
/// 本接口（CreatePrivateNatGatewayTranslationNatRule）用于创建私网NAT网关源端转换规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreatePrivateNatGatewayTranslationNatRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.InVpcCidr" = "不能在VPC CIDR范围内。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatSnatRuleExists" = "NAT网关的SNAT规则已经存在。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "InvalidParameterValue.PrivateNatSnatRuleNotSupport" = "私网NAT网关传入规则类型不支持。",
        "LimitExceeded.PrivateNatTranslationNatRule" = "私网NAT网关的转换数量达到上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePrivateNatGatewayTranslationNatRule {
    /// 私网网关唯一`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
}

/// Creates a reserved private IP address (创建保留内网IP): the response of `CreateReserveIpAddresses`.
///
/// This API is used to create a reserved private IP address.
///
/// 创建内网保留IP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateReserveIpAddresses",
    errors(
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateReserveIpAddresses {
    /// Information returned from the reserved private IP address.
    ///
    /// 内网保留 IP返回信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_address_set: Option<Vec<ReserveIpAddressInfo>>,
}

/// Create a routing policy and policy entry (创建路由策略及策略条目。): the response of `CreateRoutePolicy`.
///
/// This API is used to create a VPC route reception policy, including name, description and policy entries.
///
/// 创建VPC路由接收策略，包括名字，描述和策略条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRoutePolicy",
    errors(
        "InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicy {
    /// Specifies the routing policy ID and rules.
    ///
    /// 路由策略ID及规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy: Option<RoutePolicy>,
}

/// Creates a route reception policy binding (创建路由接收策略绑定): the response of `CreateRoutePolicyAssociations`.
///
/// This API is used to create route reception policy bindings (the binding relationship between policy instances and route table instances as well as set priorities).
///
/// 本接口（CreateRoutePolicyAssociations）用于创建路由接收策略绑定(路由策略实例和路由表实例的绑定关系以及绑定优先级)。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.RoutePolicyAssociationExists" = "路由策略绑定规则已经存在。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicyAssociations;

/// Create a route reception policy entry (创建路由接收策略条目): the response of `CreateRoutePolicyEntries`.
///
/// This API is used to create route reception policy entries.
///
/// 本接口（CreateRoutePolicyEntries）用于创建路由接收策略条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicyEntries;

/// Creates a route table (创建路由表): the response of `CreateRouteTable`.
///
/// This API is used to create a route table.
///
/// * After the VPC instance has been created, the system creates a default route table with which all newly created subnets will be associated. By default, you can use this route table to manage your routing policies. If you have multiple routing policies, you can call the API for creating route tables to create more route tables to manage these routing policies.
///
/// * You can bind a tag when creating a route table. The tag list in the response indicates the tags that have been successfully added.
///
/// 本接口(CreateRouteTable)用于创建路由表。
///
/// * 创建了VPC后，系统会创建一个默认路由表，所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时，您可以调用创建路由表接口创建更多路由表管理您的路由策略。
///
/// * 创建路由表同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRouteTable",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRouteTable {
    /// Route table object.
    ///
    /// 路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table: Option<RouteTable>,
}

/// Creates a routing policy (创建路由策略): the response of `CreateRoutes`.
///
/// This API is used to create routes.
///
/// * You can batch add routes to a specified route table.
///
/// 本接口（CreateRoutes）用于创建路由策略。
///
/// * 向指定路由表批量新增路由策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRoutes",
    errors(
        "InvalidParameterValue.CidrNotInPeerVpc" = "目的网段不在对端VPC的CIDR范围内。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.RouteNextHopInvalid" = "自定义路由的下一跳参数不正确。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。",
        "InvalidParameterValue.SubnetOverlapRoute" = "子网与自定义路由目的Cidr网段完全重叠。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpcCidrOverlapRoute" = "辅助Cidr与自定义子网路由目的Cidr网段完全重叠。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.CdcSubnetNotSupportUnLocalGateway" = "CDC子网不支持创建非本地网关类型的路由。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。",
        "UnsupportedOperation.EcmpWithCcnRoute" = "和云联网的路由形成ECMP。",
        "UnsupportedOperation.EcmpWithUserRoute" = "和用户自定义的路由形成ECMP。",
        "UnsupportedOperation.NormalSubnetNotSupportLocalGateway" = "指定的子网不支持创建本地网关类型的路由。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutes {
    /// The number of newly added instances.
    ///
    /// 新增的实例个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Route table object.
    ///
    /// 路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_set: Option<Vec<RouteTable>>,
}

/// Creates a security group (创建安全组): the response of `CreateSecurityGroup`.
///
/// This API is used to create a security group (SecurityGroup).
///
/// * Note the [maximum number of security groups](https://intl.cloud.tencent.com/document/product/213/12453?from_cn_redirect=1) per project in each region under each account.
///
/// * Both the inbound and outbound rules for a newly created security group are "Deny All" by default. You need to call CreateSecurityGroupPolicies to set security group rules based on your needs.
///
/// * You can bind a tag when creating a security group. The tag list in the response indicates the tags that have been successfully added.
///
/// 本接口（CreateSecurityGroup）用于创建新的安全组（SecurityGroup）。
///
/// * 每个账户下每个地域的每个项目的[安全组数量限制](https://cloud.tencent.com/document/product/213/12453)。
///
/// * 新建的安全组的入站和出站规则默认都是全部拒绝，在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
///
/// * 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSecurityGroup",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroup {
    /// Security group object.
    ///
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// Adds policies to a security group (安全组添加规则): the response of `CreateSecurityGroupPolicies`.
///
/// This API is used to create security group policies (`SecurityGroupPolicy`).
///
/// For parameters of `SecurityGroupPolicySet`,
///
/// - `Version`: The version number of a security group policy, which automatically increases by one each time you update the security policy, to prevent expiration of the updated routing policies. If it is left empty, any conflicts will be ignored.
///
/// - When creating the `Egress` and `Ingress` polices,
///
/// - `Protocol`: Allows `TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE` and `ALL`.
///
/// - `CidrBlock`: For the classic network, the `CidrBlock` can contain private IPs of Tencent Cloud resources that are not under your account. It does not mean that you can access these devices. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// - `Ipv6CidrBlock`: For the classic network, `Ipv6CidrBlock` can contain private IPv6 addresses of Tencent Cloud resources that are not under your account. It does not mean that you can access these devices. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// - `SecurityGroupId`: ID of the security group to create policies.
///
/// - `Port`: A single port (“80”) or a port range ("8000-8010"). This parameter is only available when `Protocol` is `TCP` or `UDP`.
///
/// - `Action`: `ACCEPT` or `DROP`.
///
/// - `CidrBlock`, `Ipv6CidrBlock`, `SecurityGroupId`, and `AddressTemplate` are mutually exclusive. `Protocol` + `Port` and `ServiceTemplate` are mutually exclusive. `IPv6CidrBlock` and `ICMP` are mutually exclusive; to use them, enter `ICMPV6`.
///
/// - You can only create policies in one direction in each request. To specify the `PolicyIndex` parameter, use the same index number in policies. If you want to insert a rule before the first rule, enter 0; if you want to add a rule after the last rule, leave it empty.
///
/// 本接口（CreateSecurityGroupPolicies）用于创建安全组规则（SecurityGroupPolicy）。
///
/// 在 SecurityGroupPolicySet 参数中：
///
/// - Version 安全组规则版本号，用户每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突。
///
/// - 在创建出站和入站规则（Egress 和 Ingress）时：
///
/// - Protocol 字段支持输入TCP, UDP, ICMP, ICMPV6, GRE, ALL。
///
/// - CidrBlock 字段允许输入符合cidr格式标准的任意字符串。在基础网络中，如果 CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// - Ipv6CidrBlock 字段允许输入符合IPv6 cidr格式标准的任意字符串。在基础网络中，如果Ipv6CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IPv6，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// - SecurityGroupId 字段允许输入与待修改的安全组位于相同项目中的安全组 ID，包括这个安全组 ID 本身，代表安全组下所有云服务器的内网 IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个 ID 所关联的云服务器变化而变化，不需要重新修改。
///
/// - Port 字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当 Protocol 字段是 TCP 或 UDP 时，Port 字段才被接受，即 Protocol 字段不是 TCP 或 UDP 时，Protocol 和 Port 是排他关系，不允许同时输入，否则会接口报错。
///
/// - Action 字段只允许输入 ACCEPT 或 DROP。
///
/// - CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate 四者是排他关系，不允许同时输入，Protocol + Port 和 ServiceTemplate 二者是排他关系，不允许同时输入。IPv6CidrBlock和ICMP是排他关系，如需使用，请输入ICMPV6。
///
/// - 一次请求中只能创建单个方向的规则, 如果需要指定索引（PolicyIndex）参数, 多条规则的索引必须一致。如想在规则最前面插入一条，则填0即可，如果想在最后追加，该字段可不填。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSecurityGroupPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.SecurityGroupPolicySet" = "安全组规则数量超过上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.BpaasResources" = "资源在BPAAS审批中。",
        "UnsupportedOperation.ClbPolicyExceedLimit" = "负载均衡的安全组规则已达到上限。",
        "UnsupportedOperation.ClbPolicyLimit" = "公网Clb不支持该规则。",
        "UnsupportedOperation.DuplicatePolicy" = "安全组规则重复。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。",
        "UnsupportedOperation.SgNumExceedLimit" = "安全组展开后的规则已达到上限。",
        "UnsupportedOperation.VersionMismatch" = "指定安全组规则版本号和当前最新版本不一致。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroupPolicies;

/// Creates security groups and policies (创建安全组和规则): the response of `CreateSecurityGroupWithPolicies`.
///
/// This API is used to create a security group, and add security group policies.
///
/// * For the the upper limit of security groups per project in each region under each account, [see here](https://intl.cloud.tencent.com/document/product/213/12453?from_cn_redirect=1)
///
/// * For newly created security groups, the inbound and outbound policies are set to `Deny All` by default. You need to call [CreateSecurityGroupPolicies](https://intl.cloud.tencent.com/document/product/215/15807?from_cn_redirect=1)
///
/// to change it.
///
/// Description:
///
/// * `Version`: The version number of a security group policy. It automatically increments by 1 every time you update the security policy, so to prevent the expiration of the updated policies. If this field is left empty, any conflicts will be ignored.
///
/// * `Protocol`: Values can be `TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, and `ALL`.
///
/// * `CidrBlock`: Enter a CIDR block in the correct format. In the classic network, even if the CIDR block specified in `CidrBlock` contains the Tencent Cloud private IPs not used for CVMs under your Tencent Cloud account, it does not mean this policy allows you to access those resources. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// * `Ipv6CidrBlock`: Enter an IPv6 CIDR block in the correct format. In the classic network, even if the CIDR block specified in `Ipv6CidrBlock` contains the Tencent Cloud private IPv6 addresses not used for CVMs under your Tencent Cloud account, it does not mean this policy allows you to access those resources. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// * `SecurityGroupId`: ID of the security group. It can be the ID of a security group to be modified, or the ID of another security group in the same project. All private IPs of all CVMs under the security group will be covered. If this field is used, the policy will automatically change according to the CVM associated with the group ID while being used to match network messages. You don't need to change it manually.
///
/// * `Port`: Enter a single port number (such as `80`), or a port range (such as `8000-8010`). `Port` is only applicable when `Protocol` is `TCP` or `UDP`. If `Protocol` is not `TCP` or `UDP`, `Protocol` and `Port` cannot be both specified.
///
/// * `Action`: Values can be `ACCEPT` or `DROP`.
///
/// * `CidrBlock`, `Ipv6CidrBlock`, `SecurityGroupId`, and `AddressTemplate` are exclusive to one another. "Protocol + Port" and `ServiceTemplate` are mutually exclusive.
///
/// * Only policies in one direction can be created in each request. If you need to specify the `PolicyIndex` parameter, the indexes of policies must be consistent.
///
/// 本接口（CreateSecurityGroupWithPolicies）用于创建新的安全组（SecurityGroup），并且可以同时添加安全组规则（SecurityGroupPolicy）。
///
/// * 每个账户下每个地域的每个项目的[安全组数量限制](https://cloud.tencent.com/document/product/213/12453)。
///
/// * 新建的安全组的入站和出站规则默认都是全部拒绝，在创建后通常您需要再调用[CreateSecurityGroupPolicies](https://cloud.tencent.com/document/product/215/15807)
///
/// 将安全组的规则设置为需要的规则。
///
/// 安全组规则说明：
///
/// * Version安全组规则版本号，用户每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突。
///
/// * Protocol字段支持输入TCP, UDP, ICMP, ICMPV6, GRE, ALL。
///
/// * CidrBlock字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中，如果CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的内网IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// * Ipv6CidrBlock字段允许输入符合IPv6 cidr格式标准的任意字符串。(展开)在基础网络中，如果Ipv6CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的内网IPv6，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// * SecurityGroupId字段允许输入与待修改的安全组位于相同项目中的安全组ID，包括这个安全组ID本身，代表安全组下所有云服务器的内网IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化，不需要重新修改。
///
/// * Port字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当Protocol字段是TCP或UDP时，Port字段才被接受，即Protocol字段不是TCP或UDP时，Protocol和Port是排他关系，不允许同时输入，否则会接口报错。
///
/// * Action字段只允许输入ACCEPT或DROP。
///
/// * CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate四者是排他关系，不允许同时输入，Protocol + Port和ServiceTemplate二者是排他关系，不允许同时输入。
///
/// * 请求中可以同时指定入站和出站两个方向的规则, 如果需要指定索引（PolicyIndex）参数, 多条规则的索引必须一致。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSecurityGroupWithPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroupWithPolicies {
    /// Security group object.
    ///
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// Creates a protocol port template (创建协议端口模板): the response of `CreateServiceTemplate`.
///
/// This API (CreateServiceTemplate) is used to create a protocol port template.
///
/// 本接口（CreateServiceTemplate）用于创建协议端口模板。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateServiceTemplate",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateServiceTemplate {
    /// Protocol port template object.
    ///
    /// 协议端口模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template: Option<ServiceTemplate>,
}

/// Creates a protocol port template group (创建协议端口模板集合): the response of `CreateServiceTemplateGroup`.
///
/// This API (CreateServiceTemplateGroup) is used to create a protocol port template group.
///
/// 本接口（CreateServiceTemplateGroup）用于创建协议端口模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateServiceTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateServiceTemplateGroup {
    /// Group object of the protocol port template.
    ///
    /// 协议端口模板集合对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_group: Option<ServiceTemplateGroup>,
}

/// Creates snapshot policies (创建快照策略): the response of `CreateSnapshotPolicies`.
///
/// This API is used to create snapshot policies.
///
/// 本接口（CreateSnapshotPolicies）用于创建快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSnapshotPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSnapshotPolicies {
    /// Snapshot policies
    ///
    /// 快照策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policies: Option<Vec<SnapshotPolicy>>,
}

/// Creates a subnet (创建子网): the response of `CreateSubnet`.
///
/// This API is used to create a subnet.
///
/// * You must create a VPC instance before creating a subnet.
///
/// * After the subnet is successfully created, its IP address range cannot be modified. The subnet IP address range must fall within the VPC IP address range. They can be the same if the VPC instance has only one subnet. We recommend that you keep the subnet IP address range within the VPC IP address range to reserve IP address ranges for other subnets.
///
/// * The subnet mask of the smallest IP address range that can be created is 28 (16 IP addresses), and that of the largest IP address range is 16 (65,536 IP addresses).
///
/// * IP address ranges of different subnets cannot overlap with each other within the same VPC instance.
///
/// * A subnet is automatically associated with the default route table once created.
///
/// * You can bind a tag when creating a subnet. The tag list in the response indicates the tags that have been successfully added.
///
/// 本接口（CreateSubnet）用于创建子网。
///
/// * 创建子网前必须创建好 VPC。
///
/// * 子网创建成功后，子网网段不能修改。子网网段必须在VPC网段内，可以和VPC网段相同（VPC有且只有一个子网时），建议子网网段在VPC网段内，预留网段给其他子网使用。
///
/// * 您可以创建的最小网段子网掩码为28（有16个IP地址），最大网段子网掩码为16（65,536个IP地址）。
///
/// * 同一个VPC内，多个子网的网段不能重叠。
///
/// * 子网创建后会自动关联到默认路由表。
///
/// * 创建子网同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSubnet",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。",
        "InvalidParameterValue.SubnetOverlap" = "CIDR与同一个私有网络内的另一个子网发生重叠。",
        "InvalidParameterValue.SubnetOverlapRoute" = "子网与自定义路由目的Cidr网段完全重叠。",
        "InvalidParameterValue.SubnetRange" = "子网CIDR不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.ZoneConflict" = "参数Zone的值与CDC所在Zone冲突。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.DcGatewaysNotFoundInVpc" = "指定的VPC未发现专线网关。",
        "UnsupportedOperation.RecordExists" = "记录已存在。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubnet {
    /// Subnet object.
    ///
    /// 子网对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet: Option<Subnet>,
}

/// Creates subnets in batches (批量创建子网): the response of `CreateSubnets`.
///
/// This API is used to create subnets in batches.
///
/// * You must create a VPC instance before creating a subnet.
///
/// * After the subnet is successfully created, its IP address range cannot be modified. The subnet IP address range must fall within the VPC IP address range. They can be the same if the VPC has only one subnet. We recommend that you keep the subnet IP address range within the VPC IP address range to reserve IP address ranges for other subnets.
///
/// * The subnet mask of the smallest IP address range that can be created is 28 (16 IP addresses), and that of the largest IP address range is 16 (65,536 IP addresses).
///
/// * IP address ranges of different subnets cannot overlap with each other within the same VPC instance.
///
/// * A subnet is automatically associated with the default route table once created.
///
/// * You can bind a tag when creating a subnet. The tag list in the response indicates the tags that have been successfully added.
///
/// 本接口（CreateSubnets）用于批量创建子网。
///
/// * 创建子网前必须创建好 VPC。
///
/// * 子网创建成功后，子网网段不能修改。子网网段必须在VPC网段内，可以和VPC网段相同（VPC有且只有一个子网时），建议子网网段在VPC网段内，预留网段给其他子网使用。
///
/// * 您可以创建的最小网段子网掩码为28（有16个IP地址），最大网段子网掩码为16（65,536个IP地址）。
///
/// * 同一个VPC内，多个子网的网段不能重叠。
///
/// * 子网创建后会自动关联到默认路由表。
///
/// * 创建子网同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateSubnets",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。",
        "InvalidParameterValue.SubnetOverlapRoute" = "子网与自定义路由目的Cidr网段完全重叠。",
        "InvalidParameterValue.SubnetRange" = "子网CIDR不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.ZoneConflict" = "参数Zone的值与CDC所在Zone冲突。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.CdcVpgNotExists" = "VPG型的CDC网关不存在。",
        "UnsupportedOperation.DcGatewaysNotFoundInVpc" = "指定的VPC未发现专线网关。",
        "UnsupportedOperation.NoCdcDcGw" = "没有CDC专线网关。",
        "UnsupportedOperation.RecordExists" = "记录已存在。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubnets {
    /// The list of newly created subnets.
    ///
    /// 新创建的子网列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_set: Option<Vec<Subnet>>,
}

/// Creates traffic mirroring (创建流量镜像): the response of `CreateTrafficMirror`.
///
/// This API is used to create a traffic mirroring instance.
///
/// 本接口（CreateTrafficMirror）用于创建流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateTrafficMirror",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.DuplicatedLbTrafficMirrorCollectors" = "当前IP已在其他公网IP类型的流量镜像中使用。",
        "InvalidParameter.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "InvalidParameterValue.DuplicatedLbTrafficMirrorCollectors" = "当前IP已在其他公网IP类型的流量镜像中使用。",
        "InvalidParameterValue.DuplicatedLbTrafficMirrorReciverEndpoint" = "当前接收端已在其他的公网IP类型的流量镜像中使用。",
        "InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint" = "接收端不是一个存在的虚机IP也不是可路由的idc机房IP。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MirrorLackTargetResource" = "流量镜像target的内网带宽不足。",
        "InvalidParameterValue.ObjectUseInTrafficMirror" = "流量镜像采集对象已经被使用。",
        "InvalidParameterValue.ObjectVpcNotCurrentVpc" = "流量镜像采集的VPC不是当前VPCID。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.Ipv6NotSupport" = "不支持IPV6。",
        "UnsupportedOperation.PublicClbNotSupport" = "不支持公网CLB。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.TrafficMirrorNotSupportClb" = "流量镜像不支持目标Clb。",
        "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget" = "流量镜像源、目的不可同端。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficMirror {
    /// Traffic mirroring instance.
    ///
    /// 流量镜像实例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror: Option<TrafficMirror>,
}

/// 创建流量镜像过滤规则。: the response of `CreateTrafficMirrorFilterRules`.
///
/// 创建流量镜像五元组过滤规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateTrafficMirrorFilterRules",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficMirrorFilterRules {
    /// 流量镜像实例唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_id: Option<String>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

/// 创建共享流量包: the response of `CreateTrafficPackages`.
///
/// 本接口 (CreateTrafficPackages) 用于创建共享流量包。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateTrafficPackages",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "LimitExceeded.TrafficPackageQuota" = "流量包配额超过限制。",
        "UnsupportedOperation.UnsupportedRegion" = "暂无法在此国家/地区提供该服务。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficPackages {
    /// 创建的流量包ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_package_set: Option<Vec<String>>,
}

/// Creates a VPC (创建VPC): the response of `CreateVpc`.
///
/// This API is used to create a VPC instance.
///
/// * The subnet mask of the smallest IP address range that can be created is 28 (16 IP addresses), that of the largest IP address ranges 10.0.0.0/12 and 172.16.0.0/12 is 12 (1,048,576 IP addresses), and that of the largest IP address range 192.168.0.0/16 is 16 (65,536 IP addresses). For more information on how to plan VPC IP ranges, see [Network Planning](https://intl.cloud.tencent.com/document/product/215/30313?from_cn_redirect=1).
///
/// * The number of VPC instances that can be created in a region is limited. For more information, see [VPC Use Limits](https://intl.cloud.tencent.com/doc/product/215/537?from_cn_redirect=1). To request more resources, [submit a ticket](https://console.cloud.tencent.com/workorder/category).
///
/// * You can bind tags when creating a VPC instance. The tag list in the response indicates the tags that have been successfully added.
///
/// 本接口（CreateVpc）用于创建私有网络（VPC）。
///
/// * 用户可以创建的最小网段子网掩码为28（有16个IP地址），10.0.0.0/12，172.16.0.0/12最大网段子网掩码为12（1,048,576个IP地址），192.168.0.0/16最大网段子网掩码为16（65,536个IP地址）如果需要规划VPC网段请参见[网络规划](https://cloud.tencent.com/document/product/215/30313)。
///
/// * 同一个地域能创建的VPC资源个数也是有限制的，详见 [VPC使用限制](https://cloud.tencent.com/doc/product/215/537)，如果需要申请更多资源，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
///
/// * 创建VPC同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpc",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetOverlap" = "CIDR与同一个私有网络内的另一个子网发生重叠。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.EnableMulticast" = "当前地域不支持启用组播。",
        "UnsupportedOperation.RecordExists" = "记录已存在。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpc {
    /// The VPC object.
    ///
    /// Vpc对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc: Option<Vpc>,
}

/// Creates an endpoint (创建终端节点): the response of `CreateVpcEndPoint`.
///
/// This API is used to create an endpoint.
///
/// 本接口（CreateVpcEndPoint）用于创建终端节点。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpcEndPoint",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.Reserved" = "参数值是一个系统保留对象。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceInsufficient.Subnet" = "子网IP资源不足, 无法分配IP。",
        "ResourceUnavailable.ServiceWhiteListNotAdded" = "当前用户不在指定终端节点服务的白名单内。",
        "UnauthorizedOperation.NoRealNameAuthentication" = "账号未实名。",
        "UnsupportedOperation.EndPointMismatchEndPointServiceCdcId" = "终端节点和终端节点服务的CdcId不一致。",
        "UnsupportedOperation.EndPointService" = "终端节点服务本身不能是终端节点。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.SnatSubnet" = "SNAT子网 不支持分配IP。",
        "UnsupportedOperation.SpecialEndPointService" = "指定的终端节点服务所创建的终端节点不支持绑定安全组。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcEndPoint {
    /// Endpoint details
    ///
    /// 终端节点对象详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point: Option<EndPoint>,
}

/// Creates an endpoint service (创建终端节点服务): the response of `CreateVpcEndPointService`.
///
/// This API is used to create an endpoint service.
///
/// 本接口（CreateVpcEndPointService）用于创建终端节点服务。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpcEndPointService",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.EndPointServiceLoadBalancerInvalidType" = "终端节点服务负载均衡类型不为内网负载均衡。",
        "UnsupportedOperation.InstanceMismatch" = "指定实例资源不匹配。",
        "UnsupportedOperation.NotMatchTargetService" = "目的端的服务在IP申请中使用的实例ID和这里传入的不匹配。",
        "UnsupportedOperation.ResourceIsInvalidState" = "资源处于不可用状态，禁止操作。",
        "UnsupportedOperation.RoleNotFound" = "未找到相关角色，请确认角色是否授权。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcEndPointService {
    /// Endpoint service details
    ///
    /// 终端节点服务对象详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service: Option<EndPointService>,
}

/// Creates the endpoint service allowlist (创建终端服务白名单): the response of `CreateVpcEndPointServiceWhiteList`.
///
/// This API is used to create the endpoint service allowlist.
///
/// 本接口（CreateVpcEndPointServiceWhiteList）创建终端服务白名单。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpcEndPointServiceWhiteList",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcEndPointServiceWhiteList;

/// 创建私有网络对等连接: the response of `CreateVpcPeeringConnection`.
///
/// 本接口（CreateVpcPeeringConnection）用于创建私有网络对等连接。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpcPeeringConnection",
    errors(
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.DuplicateRegion" = "本端地域和端地域重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.VpcPeerAvaLimitExceeded" = "有效的对等个数超过配额上限。",
        "LimitExceeded.VpcPeerTotalLimitExceeded" = "可创建的对等连接个数超过总上限。",
        "UnauthorizedOperation.VpcPeerCidrConflict" = "对等连接本端VPC与对端VPC存在CIDR冲突,或一端与已建立的对等连接某一端冲突。",
        "UnsupportedOperation.PurchaseLimit" = "当前账号不能在该地域使用产品。",
        "UnsupportedOperation.VpcPeerAlreadyExist" = "对等连接已存在。",
        "UnsupportedOperation.VpcPeerCidrConflict" = "VPC网段存在CIDR冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcPeeringConnection {
    /// 对等连接ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peering_connection_id: Option<String>,
}

/// Creates a VPN tunnel (创建VPN通道): the response of `CreateVpnConnection`.
///
/// This API is used to create a VPN tunnel.
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口（CreateVpnConnection）用于创建VPN通道。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpnConnection",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpnConnBgpTunnelCidrConflict" = "当前BGP隧道网段：`%(key)s`和已有BGP隧道网段：`%(value)s`重叠。",
        "InvalidParameterValue.VpnConnBgpTunnelCidrMask" = "BGP隧道网段必须为掩码为30的网段。",
        "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported" = "云端或用户端BGP地址：`%(value)s`必须在BGP隧道网段`%(key)s`内。",
        "InvalidParameterValue.VpnConnCidrConflict" = "目的网段和当前VPN通道的CIDR冲突。",
        "InvalidParameterValue.VpnConnHealthCheckIpConflict" = "VPN通道探测ip冲突。",
        "InvalidParameterValue.VpnConnSpdCidrConflict" = "SPD规则源目IP有重叠。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck" = "VPN SPD通道不支持配置健康检查",
        "UnsupportedOperation.VpnConnDestCidrConflictWithPrivateNet" = "私网VPN通道目的网段与私网VPN网关的私网网段冲突，请修改后重试。",
        "UnsupportedOperation.VpnConnRouteTypeMixed" = "VPN网关下的通道不支持动态路由与非动态路由混用，请检查后重试。",
        "UnsupportedOperation.VpnUnsupportedBgp" = "VPN不支持BGP",
        "UnsupportedOperation.VpnUnsupportedBgpAsnEqual" = "对端网关BGP ASN和已有的通道对端或云上VPN的BGP ASN相同。",
        "UnsupportedOperation.VpnUnsupportedNotExistBgpAsn" = "VPN未配置BGP ASN。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnConnection {
    /// Tunnel instance object.
    ///
    /// 通道实例对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection: Option<VpnConnection>,
}

/// Creates a VPN gateway (创建VPN网关): the response of `CreateVpnGateway`.
///
/// This API (CreateVpnGateway) is used to create a VPN gateway.
///
/// 本接口（CreateVpnGateway）用于创建VPN网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpnGateway",
    errors(
        "FailedOperation.CreateVpnGatewayFailed" = "创建VPN网关失败,请重试你的请求，如果问题仍然存在，请联系腾讯云客服。",
        "InvalidParameterValue.AccessSubnetMask" = "接入网段掩码必须在12-28之间。",
        "InvalidParameterValue.AccessSubnetPrefix" = "接入网段前缀必须是10，172，192开头。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TagDuplicateKey" = "标签键重复。",
        "InvalidParameterValue.TagDuplicateResourceType" = "重复的标签资源类型。",
        "InvalidParameterValue.TagInvalidKey" = "标签键无效。",
        "InvalidParameterValue.TagInvalidKeyLen" = "标签键长度无效。",
        "InvalidParameterValue.TagInvalidVal" = "标签值无效。",
        "InvalidParameterValue.TagKeyNotExists" = "标签键不存在。",
        "InvalidParameterValue.TagNotAllocatedQuota" = "标签没有分配配额。",
        "InvalidParameterValue.TagNotExisted" = "该标签不存在。",
        "InvalidParameterValue.TagNotSupportTag" = "不支持的标签。",
        "InvalidParameterValue.TagResourceFormatError" = "标签资源格式错误。",
        "InvalidParameterValue.TagTimestampExceeded" = "标签时间戳超配。",
        "InvalidParameterValue.TagValNotExists" = "标签值不存在。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpnConnCidrConflict" = "目的网段和当前VPN通道的CIDR冲突。",
        "InvalidVpcId.Malformed" = "无效的VPC,VPC实例ID不合法。",
        "InvalidVpcId.NotFound" = "无效的VPC,VPC资源不存在。",
        "LimitExceeded.TagKeyExceeded" = "标签键已达到上限。",
        "LimitExceeded.TagKeyPerResourceExceeded" = "每个资源的标签键已达到上限。",
        "LimitExceeded.TagNotEnoughQuota" = "没有足够的标签配额。",
        "LimitExceeded.TagQuota" = "标签配额已满，无法创建资源。",
        "LimitExceeded.TagQuotaExceeded" = "标签配额已达到上限。",
        "LimitExceeded.TagTagsExceeded" = "标签键的数目已达到上限。",
        "UnauthorizedOperation.NoRealNameAuthentication" = "账号未实名。",
        "UnsupportedOperation.BillingFailed" = "抱歉，您的操作暂时无法完成，请稍后重试或联系客服。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.NotSupportCreateIpv6VpnGateway" = "当前操作不支持创建Ipv6类型VPN网关。",
        "UnsupportedOperation.PrivateBgpVpnGateway" = "不支持创建私网BGP类型VPN网关。",
        "UnsupportedOperation.PrivateSslVpnGateway" = "不支持创建私网Ssl类型VPN网关。",
        "UnsupportedOperation.PrivateVpnGateway" = "不支持创建私网类型VPN网关。",
        "UnsupportedOperation.TagAllocate" = "标签正在分配中。",
        "UnsupportedOperation.TagFree" = "标签正在释放中。",
        "UnsupportedOperation.TagNotPermit" = "标签没有权限。",
        "UnsupportedOperation.TagSystemReservedTagKey" = "不支持使用系统预留的标签键。",
        "UnsupportedOperation.VpnGatewayVpcNoIpv6Subnet" = "当前创建VPN网关所使用的VPC没有分配IPV6子网。",
        "UnsupportedOperation.VpnGwVpcIdMustHave" = "VPC类型VPN网关必须携带VpcId。",
        "UnsupportedOperation.VpnGwVpcIdNotHave" = "CCN类型VPN网关 不用携带VpcId",
        "UnsupportedOperation.VpnUnsupportedBgp" = "VPN不支持BGP"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGateway {
    /// VPN gateway object.
    ///
    /// VPN网关对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway: Option<VpnGateway>,
}

/// Creates routes of a VPN gateway (创建VPN网关路由): the response of `CreateVpnGatewayRoutes`.
///
/// This API is used to create destination routes of a route-based VPN gateway.
///
/// 创建路由型VPN网关的目的路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpnGatewayRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.VpnGatewayRouteDuplicate" = "VPN网关路由参数重复。",
        "LimitExceeded.VpnGatewayRoutesLimitExceeded" = "VPN网关:`%(value)s`创建的路由条目数超过上限：`%(limit)s`。",
        "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn" = "3.1以下版本VPN网关不支持配置ecmp路由"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGatewayRoutes {
    /// Destination routes of a VPN gateway
    ///
    /// VPN网关目的路由
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<VpnGatewayRoute>>,
}

/// 创建SSL-VPN-CLIENT: the response of `CreateVpnGatewaySslClient`.
///
/// 创建SSL-VPN-CLIENT
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpnGatewaySslClient",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.SslVpnClientLimitExceeded" = "SSL-VPN客户端个数大于SSL-VPN-SERVER客户端地址池能够分配的个数。",
        "UnsupportedOperation.RecordExists" = "记录已存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGatewaySslClient {
    /// 异步任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
    /// SSL-VPN client 唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_client_id: Option<String>,
}

/// 创建SSL-VPN Server端: the response of `CreateVpnGatewaySslServer`.
///
/// 本接口（CreateVpnGatewaySslServer）用于创建SSL-VPN Server端。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateVpnGatewaySslServer",
    errors(
        "InvalidParameterValue.CidrConflict" = "指定CIDR存在重叠。",
        "InvalidParameterValue.CidrNotInSslVpnVpc" = "指定CIDR不在SSL-VPN所属私有网络CIDR内。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SslCcnVpnServerCidrConflict" = "SSL-VPN-SERVER 云端网段和SSL-VPN-SERVER 客户端网段重叠。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "UnsupportedOperation.NotSupportedLocalAddressType" = "当前VPN网关不支持指定客户端网段类型",
        "UnsupportedOperation.VersionNotSupported" = "当前VPN版本小于4.0，不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGatewaySslServer {
    /// 创建SSL-VPN server 异步任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<i64>,
    /// SSL-VPN-SERVER 唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_server_id: Option<String>,
}

/// Deletes an IP address template (删除IP地址模板): the response of `DeleteAddressTemplate`.
///
/// This API (DeleteAddressTemplate) is used to delete an IP address template.
///
/// 本接口（DeleteAddressTemplate）用于删除IP地址模板。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteAddressTemplate",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAddressTemplate;

/// Deletes an IP address template group (删除IP地址模板集合): the response of `DeleteAddressTemplateGroup`.
///
/// This API (DeleteAddressTemplateGroup) is used to delete an IP address template group.
///
/// 本接口（DeleteAddressTemplateGroup）用于删除IP地址模板集合。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteAddressTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAddressTemplateGroup;

/// Deletes a secondary CIDR block (删除辅助CIDR): the response of `DeleteAssistantCidr`.
///
/// This API is used to delete a secondary CIDR block.
///
/// 本接口（DeleteAssistantCidr）用于删除辅助CIDR。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteAssistantCidr",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAssistantCidr;

/// Deletes a bandwidth package (删除共享带宽包): the response of `DeleteBandwidthPackage`.
///
/// This API is used to delete bandwidth packages, including [device bandwidth packages](https://intl.cloud.tencent.com/document/product/684/15246?from_cn_redirect=1#.E8.AE.BE.E5.A4.87.E5.B8.A6.E5.AE.BD.E5.8C.85) and [IP bandwidth packages](https://intl.cloud.tencent.com/document/product/684/15246?from_cn_redirect=1#ip-.E5.B8.A6.E5.AE.BD.E5.8C.85).
///
/// 接口支持删除共享带宽包，包括[设备带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)和[IP带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteBandwidthPackage",
    errors(
        "FailedOperation.InvalidRegion" = "不支持的地域。",
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageInUse" = "该带宽包正在被使用。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.StopChargingInstanceInUse" = "存在关机的主机还在使用当前资源，无法操作。",
        "LimitExceeded.AccountReturnQuota" = "账号退还配额超过限制。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InvalidAddressState" = "该地址状态不支持此操作。",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBandwidthPackage;

/// Deletes a CCN (删除CCN): the response of `DeleteCcn`.
///
/// This API (DeleteCcn) is used to delete CCNs.
///
/// * After deletion, the routes between all instances associated with the CCN will be deleted, and the network will be interrupted. Please confirm this operation in advance.
///
/// * CCN deletion is an irreversible operation. Please proceed with caution.
///
/// 本接口（DeleteCcn）用于删除云联网。
///
/// * 删除后，云联网关联的所有实例间路由将被删除，网络将会中断，请务必确认
///
/// * 删除云联网是不可逆的操作，请谨慎处理。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcn",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.BandwidthNotExpired" = "当前云联网还有预付费带宽未到期，不支持主动删除。",
        "UnsupportedOperation.CcnHasFlowLog" = "当前云联网有流日志，不支持删除。",
        "UnsupportedOperation.DeleteCcnExistCcnExpressConnect" = "当前云联网存在二层加速通道不支持删除。",
        "UnsupportedOperation.ExistCcnCustomRouteTablesNotSupportDeleteCcn" = "存在云联网自定义路由表不允许删除该云联网",
        "UnsupportedOperation.ExistCcnInstancesNotSupportDeleteCcn" = "存在云联网关联实例不允许删除云联网",
        "UnsupportedOperation.RouteTableCanNotDelete" = "当前路由表删除失败，请先检查是否存在关联的策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcn;

/// 删除云联网策略路由下一跳: the response of `DeleteCcnPolicyBasedRoutingNextHop`.
///
/// 删除云联网策略路由下一跳
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcnPolicyBasedRoutingNextHop",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcnPolicyBasedRoutingNextHop;

/// 删除云联网策略路由匹配规则: the response of `DeleteCcnPolicyBasedRoutingRule`.
///
/// 删除云联网策略路由匹配规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcnPolicyBasedRoutingRule",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcnPolicyBasedRoutingRule;

/// 删除云联网路由表: the response of `DeleteCcnRouteTables`.
///
/// 本接口（DeleteCcnRouteTables）用于删除云联网路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcnRouteTables",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.DelDefaultRoute" = "禁止删除默认路由表。",
        "UnsupportedOperation.NotSupportDeleteDefaultCcnRouteTable" = "默认路由表，不支持删除。",
        "UnsupportedOperation.RouteTableCanNotDelete" = "当前路由表删除失败，请先检查是否存在关联的策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcnRouteTables;

/// 删除 IDC通道: the response of `DeleteCdcLDCXList`.
///
/// 删除 IDC通道
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCdcLDCXList",
    errors(
        "UnsupportedOperation.ServiceUnsupportedRegion" = "服务在当前地域不支持。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCdcLDCXList;

/// 删除虚拟连接: the response of `DeleteCdcNetPlanes`.
///
/// 删除虚拟连接
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCdcNetPlanes",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "UnsupportedOperation.LDCXDisassociate" = "需要先解绑 IDC通道"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCdcNetPlanes;

/// Deletes a customer gateway (删除对端网关): the response of `DeleteCustomerGateway`.
///
/// This API (DeleteCustomerGateway) is used to delete customer gateways.
///
/// 本接口（DeleteCustomerGateway）用于删除对端网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCustomerGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomerGateway;

/// 删除DhcpIp: the response of `DeleteDhcpIp`.
///
/// 本接口（DeleteDhcpIp）用于删除DhcpIp。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteDhcpIp",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDhcpIp;

/// Deletes a direct connect gateway (删除专线网关): the response of `DeleteDirectConnectGateway`.
///
/// This API is used to delete a direct connect gateway.
///
/// - For a NAT gateway, NAT and ACL rules will be cleared upon the deletion of a direct connect gateway.
///
/// - After the deletion of a direct connect gateway, the routing policy associated with the gateway in the route table will also be deleted.
///
/// This API is completed asynchronously. If you need to query the async job execution results, please use the `RequestId` returned by this API to poll the `QueryTask` API.
///
/// 本接口（DeleteDirectConnectGateway）用于删除专线网关。
///
/// - 如果是 NAT 网关，删除专线网关后，NAT 规则以及 ACL 策略都被清理了。
///
/// - 删除专线网关后，系统会删除路由表中跟该专线网关相关的路由策略。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`QueryTask`接口
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteDirectConnectGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.DCGatewayNatRuleExists" = "该专线网关存在关联的NAT规则，不允许删除，请先删调所有的NAT规则。",
        "UnsupportedOperation.DcgHasFlowLog" = "当前专线网关有流日志，不支持删除。",
        "UnsupportedOperation.RouteTableHasSubnetRule" = "路由表绑定了子网。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDirectConnectGateway;

/// Deletes CCN routes of a Direct Connect gateway (删除专线网关云联网路由): the response of `DeleteDirectConnectGatewayCcnRoutes`.
///
/// This API (DeleteDirectConnectGatewayCcnRoutes) is used to delete the CCN routes (IDC IP range) of a Direct Connect gateway.
///
/// 本接口（DeleteDirectConnectGatewayCcnRoutes）用于删除专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteDirectConnectGatewayCcnRoutes",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDirectConnectGatewayCcnRoutes;

/// Deletes a flow log (删除流日志): the response of `DeleteFlowLog`.
///
/// This API is used to delete a flow log.
///
/// 本接口（DeleteFlowLog）用于删除流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteFlowLog",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFlowLog;

/// 删除全局路由: the response of `DeleteGlobalRoutes`.
///
/// 删除全局路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteGlobalRoutes",
    errors(
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteGlobalRoutes;

/// Deletes an HAVIP (删除HAVIP): the response of `DeleteHaVip`.
///
/// This API is used to delete an HAVIP.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（DeleteHaVip）用于删除高可用虚拟IP（HAVIP）。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteHaVip",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHaVip;

/// 删除高优路由表: the response of `DeleteHighPriorityRouteTables`.
///
/// 删除高优路由表
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteHighPriorityRouteTables",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHighPriorityRouteTables;

/// 删除高优路由表条目: the response of `DeleteHighPriorityRoutes`.
///
/// 删除高优路由表的路由条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteHighPriorityRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHighPriorityRoutes {
    /// 高优路由表条目信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_set: Option<Vec<HighPriorityRoute>>,
}

/// 释放IPV6转换实例: the response of `DeleteIp6Translators`.
///
/// 1. 该接口用于释放IPV6转换实例，支持批量。
///
/// 2.  如果IPV6转换实例建立有转换规则，会一并删除。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteIp6Translators",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Ip6TranslatorNotFound" = "未查询到该IPv6翻译器。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIp6Translators;

/// Deletes a local gateway (删除本地网关): the response of `DeleteLocalGateway`.
///
/// This API is used to delete the local gateway of a CDC instance.
///
/// 本接口（DeleteLocalGateway）用于删除CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLocalGateway;

/// Deletes a NAT gateway (删除NAT网关): the response of `DeleteNatGateway`.
///
/// This API is used to delete a NAT gateway.
///
/// When a NAT gateway is deleted, all routes containing this gateway are deleted automatically, and the elastic IP is unbound.
///
/// 本接口（DeleteNatGateway）用于删除NAT网关。
///
/// 删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项，同时也会解绑弹性公网IP（EIP）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNatGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "ResourceInUse.NatUsedByCFW" = "当前NAT实例已关联云防火墙，不可删除。",
        "UnsupportedOperation.DeletionProtectionEnabled" = "NAT网关已开启删除保护，不允许删除",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.NatGatewayHaveHighTraffic" = "NAT网关最近流量“出/入带宽”峰值取大超过检测带宽阈值。",
        "UnsupportedOperation.NatGatewayHaveRoute" = "NAT网关存在路由。",
        "UnsupportedOperation.NatGatewayHaveRouteAndHighTraffic" = "NAT网关存在路由和最近流量“出/入带宽”峰值取大超过检测带宽阈值。",
        "UnsupportedOperation.NatGatewayHaveTrafficMirror" = "NAT实例正在使用流量镜像",
        "UnsupportedOperation.TrafficValidationFailed" = "资源业务带宽超过防误操作检测阈值。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGateway;

/// Deletes the port forwarding rule of a NAT gateway (删除NAT网关端口转发规则): the response of `DeleteNatGatewayDestinationIpPortTranslationNatRule`.
///
/// This API is used to delete the port forwarding rule of a NAT gateway.
///
/// 本接口（DeleteNatGatewayDestinationIpPortTranslationNatRule）用于删除NAT网关端口转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InvalidParameterValue.NatGatewayDnatRuleNotExists" = "NAT网关的DNAT转换规则不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGatewayDestinationIpPortTranslationNatRule;

/// Deletes a SNAT forwarding rule of a NAT Gateway (删除NAT网关的SNAT转发规则): the response of `DeleteNatGatewaySourceIpTranslationNatRule`.
///
/// This API is used to delete a SNAT forwarding rule of a NAT gateway.
///
/// 本接口（DeleteNatGatewaySourceIpTranslationNatRule）用于删除NAT网关端口SNAT转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNatGatewaySourceIpTranslationNatRule",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGatewaySourceIpTranslationNatRule;

/// DeleteNetDetect (删除网络探测): the response of `DeleteNetDetect`.
///
/// This API is used to delete a network probe.
///
/// 本接口（DeleteNetDetect）用于删除网络探测实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetDetect",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetDetect;

/// Deletes a network ACL (删除网络ACL): the response of `DeleteNetworkAcl`.
///
/// This API is used to delete a network ACL.
///
/// 本接口（DeleteNetworkAcl）用于删除网络ACL。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetworkAcl",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkAcl;

/// 删除ACL三元组单条规则: the response of `DeleteNetworkAclEntries`.
///
/// 本接口（DeleteNetworkAclEntries）用于删除三元组网络ACL的入站规则和出站规则。在NetworkAclEntrySet参数中：
///
/// * 删除IPv4规则，需要传入NetworkAclIpv4EntryId。
///
/// * 删除IPv6规则，需要传入NetworkAclIpv6EntryId。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetworkAclEntries",
    errors(
        "InvalidParameter.AclTypeMismatch" = "ACL ID与ACL类型不匹配。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkAclEntries;

/// Deletes specified rules of the network ACL quintuple. (删除网络ACL五元组指定的部分条目接口。): the response of `DeleteNetworkAclQuintupleEntries`.
///
/// This API is used to delete specified in/outbound rules of the network ACL quintuple. In the `NetworkAclQuintupleEntrySet` parameters, `NetworkAclQuintupleEntryId` is required for `NetworkAclQuintupleEntry`.
///
/// 本接口（DeleteNetworkAclQuintupleEntries）用于删除网络ACL五元组指定的入站规则和出站规则（但不是全量删除该ACL下的所有条目）。在NetworkAclQuintupleEntrySet参数中：NetworkAclQuintupleEntry需要提供NetworkAclQuintupleEntryId。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetworkAclQuintupleEntries",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkAclQuintupleEntries;

/// Deletes an ENI (删除弹性网卡): the response of `DeleteNetworkInterface`.
///
/// This API is used to delete an ENI.
///
/// * An ENI cannot be deleted when it’s bound to a CVM.
///
/// * After the deletion, all of its private IP addresses will be released.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（DeleteNetworkInterface）用于删除弹性网卡。
///
/// * 弹性网卡上绑定了云服务器时，不能被删除。
///
/// * 删除指定弹性网卡，弹性网卡必须先和子机解绑才能删除。删除之后弹性网卡上所有内网IP都将被退还。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)
///
/// 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetworkInterface",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkInterface;

/// 删除私网NAT网关: the response of `DeletePrivateNatGateway`.
///
/// 本接口（DeletePrivateNatGateway）用于删除私网NAT网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeletePrivateNatGateway",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.DeletionProtectionEnabled" = "NAT网关已开启删除保护，不允许删除",
        "UnsupportedOperation.NatGatewayHaveHighTraffic" = "NAT网关最近流量“出/入带宽”峰值取大超过检测带宽阈值。",
        "UnsupportedOperation.NatGatewayHaveRoute" = "NAT网关存在路由。",
        "UnsupportedOperation.NatGatewayHaveRouteAndHighTraffic" = "NAT网关存在路由和最近流量“出/入带宽”峰值取大超过检测带宽阈值。",
        "UnsupportedOperation.PrivateNatGatewayAssociationExists" = "私网NAT网关存在关联规则。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePrivateNatGateway;

/// 删除私网NAT网关目的端口转换规则: the response of `DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// 本接口（DeletePrivateNatGatewayDestinationIpPortTranslationNatRule）用于删除私网NAT网关目的端口转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeletePrivateNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePrivateNatGatewayDestinationIpPortTranslationNatRule;

/// 删除私网NAT网关源端转换访问控制规则: the response of `DeletePrivateNatGatewayTranslationAclRule`.
///
/// 本接口（DeletePrivateNatGatewayTranslationAclRule）用于删除私网NAT网关源端转换访问控制规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeletePrivateNatGatewayTranslationAclRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePrivateNatGatewayTranslationAclRule;

/// 删除私网NAT网关源端转换规则: the response of `DeletePrivateNatGatewayTranslationNatRule`.
///
/// 本接口（DeletePrivateNatGatewayTranslationNatRule）用于删除私网NAT网关源端转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeletePrivateNatGatewayTranslationNatRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePrivateNatGatewayTranslationNatRule {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
}

/// Deletes a reserved private IP address (删除内网保留IP): the response of `DeleteReserveIpAddresses`.
///
/// This API is used to delete a reserved private IP address.
///
/// 删除内网保留IP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteReserveIpAddresses",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteReserveIpAddresses;

/// Delete a route reception policy and entries (删除路由接收策略和条目。): the response of `DeleteRoutePolicy`.
///
/// This API is used to delete a route reception policy and entries.
///
/// 本接口（DeleteRoutePolicy）用于删除路由接收策略和条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicy",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RoutePolicyAssociation" = "路由策略被关联到路由表，不支持删除。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicy;

/// Delete a route reception policy binding (删除路由接收策略绑定): the response of `DeleteRoutePolicyAssociations`.
///
/// This API is used to delete route reception policy bindings (the binding relationship between route reception policy objects and route tables).
///
/// 本接口(DeleteRoutePolicyAssociations)用于删除路由接收策略绑定（路由接收策略对象和路由表的绑定关系）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.RoutePolicyAssociationExists" = "路由策略绑定规则已经存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicyAssociations;

/// Delete a route reception policy entry (删除路由接收策略条目): the response of `DeleteRoutePolicyEntries`.
///
/// This API is used to delete route reception policy entries.
///
/// 本接口(DeleteRoutePolicyEntries)用于删除路由接收策略条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicyEntries;

/// Deletes a route table (删除路由表): the response of `DeleteRouteTable`.
///
/// This API is used to delete a route table.
///
/// 本接口（DeleteRouteTable）用于删除路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRouteTable",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.DelDefaultRoute" = "禁止删除默认路由表。",
        "UnsupportedOperation.DelRouteWithSubnet" = "禁止删除已关联子网的路由表。",
        "UnsupportedOperation.NotSupportDeleteDefaultRouteTable" = "不支持删除默认路由表。",
        "UnsupportedOperation.RouteTableHasSubnetRule" = "路由表绑定了子网。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRouteTable;

/// Deletes a routing policy (删除路由策略): the response of `DeleteRoutes`.
///
/// This API (DeleteRoutes) is used to delete routing policies in batches from a route table.
///
/// 本接口(DeleteRoutes)用于对某个路由表批量删除路由策略（Route）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.DisabledNotifyCcn" = "指定的路由策略已发布至云联网，请先撤销。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutes {
    /// Details of the routing policy that has been deleted.
    ///
    /// 已删除的路由策略详情。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<Route>>,
}

/// Deletes a security group (删除安全组): the response of `DeleteSecurityGroup`.
///
/// This API (DeleteSecurityGroup) is used to delete security groups (SecurityGroup).
///
/// * Only security groups under the current account can be deleted.
///
/// * A security group cannot be deleted directly if its instance ID is used in the policy of another security group. You need to modify the policy first and then delete the security group.
///
/// * A security group cannot be recovered after deletion, please proceed with caution.
///
/// 本接口（DeleteSecurityGroup）用于删除安全组（SecurityGroup）。
///
/// * 只有当前账号下的安全组允许被删除。
///
/// * 安全组实例ID如果在其他安全组的规则中被引用，则无法直接删除。这种情况下，需要先进行规则修改，再删除安全组。
///
/// * 删除的安全组无法再找回，请谨慎调用。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteSecurityGroup",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidSecurityGroupID.Malformed" = "无效的安全组,安全组实例ID不合法。",
        "InvalidSecurityGroupID.NotFound" = "无效的安全组,安全组实例ID不存在。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecurityGroup;

/// Deletes security group policies (删除安全组规则): the response of `DeleteSecurityGroupPolicies`.
///
/// This API (DeleteSecurityGroupPolicies) is used to delete security group policies (SecurityGroupPolicy).
///
/// * SecurityGroupPolicySet.Version is used to specify the version of the security group you are operating. If the specified Version number differs from the latest version of the current security group, a failure will be returned. If Version is not specified, the policy of the specified PolicyIndex will be deleted directly.
///
/// 本接口（DeleteSecurityGroupPolicies）用于删除安全组规则（SecurityGroupPolicy）。
///
/// * SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本，将返回失败；若不传 Version 则直接删除指定PolicyIndex的规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteSecurityGroupPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.BpaasResources" = "资源在BPAAS审批中。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。",
        "UnsupportedOperation.VersionMismatch" = "指定安全组规则版本号和当前最新版本不一致。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecurityGroupPolicies;

/// Deletes a protocol port template (删除协议端口模板): the response of `DeleteServiceTemplate`.
///
/// This API (DeleteServiceTemplate) is used to delete a protocol port template.
///
/// 本接口（DeleteServiceTemplate）用于删除协议端口模板。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteServiceTemplate",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteServiceTemplate;

/// Deletes a protocol port template group (删除协议端口模板集合): the response of `DeleteServiceTemplateGroup`.
///
/// This API (DeleteServiceTemplateGroup) is used to delete a protocol port template group.
///
/// 本接口（DeleteServiceTemplateGroup）用于删除协议端口模板集合。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteServiceTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteServiceTemplateGroup;

/// Deletes snapshot policies (删除快照策略): the response of `DeleteSnapshotPolicies`.
///
/// This API is used to delete snapshot policies.
///
/// 本接口（DeleteSnapshotPolicies）用于删除快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSnapshotPolicies;

/// Deletes a subnet (删除子网): the response of `DeleteSubnet`.
///
/// This API is used to delete a subnet.
///
/// * Remove all resources in the subnet before deleting it
///
/// 本接口（DeleteSubnet）用于删除子网（Subnet）。
///
/// * 删除子网前，请清理该子网下所有资源，包括云服务器、负载均衡、云数据、NoSQL、弹性网卡等资源。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteSubnet",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSubnet;

/// Deletes a parameter template (删除模板对象成员): the response of `DeleteTemplateMember`.
///
/// This API is used to delete a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
///
/// 删除模板对象中的IP地址、协议端口、IP地址组、协议端口组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTemplateMember",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTemplateMember;

/// Deletes traffic mirroring (删除流量镜像): the response of `DeleteTrafficMirror`.
///
/// This API is used to delete a traffic mirroring instance.
///
/// 本接口（DeleteTrafficMirror）用于删除流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficMirror;

/// 删除流量镜像过滤规则。: the response of `DeleteTrafficMirrorFilterRules`.
///
/// 删除流量镜像五元组过滤规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTrafficMirrorFilterRules",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficMirrorFilterRules;

/// Deletes traffic packages. (删除共享流量包): the response of `DeleteTrafficPackages`.
///
/// This API is used to delete traffic packages. Note that only non-valid traffic packages can be deleted.
///
/// 删除共享带宽包（仅非活动状态的流量包可删除）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTrafficPackages",
    errors(
        "InvalidParameterValue.TrafficPackageIdMalformed" = "该流量包ID不合法。",
        "InvalidParameterValue.TrafficPackageNotFound" = "未查询到此流量包。",
        "InvalidParameterValue.TrafficPackageNotSupported" = "指定的流量包不支持此操作"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficPackages;

/// Deletes a VPC (删除VPC): the response of `DeleteVpc`.
///
/// This API (DeleteVpc) is used to delete VPCs.
///
/// * Before deleting a VPC, ensure that the VPC contains no resources, including CVMs, cloud databases, NoSQL databases, VPN gateways, direct connect gateways, load balancers, peering connections, and basic network devices that are linked to the VPC.
///
/// * The deletion of VPCs is irreversible. Proceed with caution.
///
/// 本接口（DeleteVpc）用于删除私有网络。
///
/// * 删除前请确保 VPC 内已经没有相关资源，例如云服务器、云数据库、NoSQL、VPN网关、专线网关、负载均衡、对等连接、与之互通的基础网络设备等。
///
/// * 删除私有网络是不可逆的操作，请谨慎处理。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpc",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.RouteTableHasSubnetRule" = "路由表绑定了子网。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpc;

/// Deletes an endpoint (删除终端节点): the response of `DeleteVpcEndPoint`.
///
/// This API is used to delete an endpoint.
///
/// 本接口（DeleteVpcEndPoint）用于删除终端节点。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPoint",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.EndPointHadGwlbEipUnassociate" = "终端节点需要先解绑 GWLB EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcEndPoint;

/// Deletes an endpoint service (删除终端节点服务): the response of `DeleteVpcEndPointService`.
///
/// This API is used to delete an endpoint service.
///
/// 本接口（DeleteVpcEndPointService）用于删除终端节点服务。限制：当有终端节点关联到终端节点服务时，无法删除终端节点服务。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPointService",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcEndPointService;

/// Deletes the endpoint service allowlist (删除终端节点服务白名单): the response of `DeleteVpcEndPointServiceWhiteList`.
///
/// This API is used to delete the endpoint service allowlist.
///
/// 本接口（DeleteVpcEndPointServiceWhiteList）用于删除终端节点服务白名单。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPointServiceWhiteList",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcEndPointServiceWhiteList;

/// 删除私有网络对等连接: the response of `DeleteVpcPeeringConnection`.
///
/// 本接口（DeleteVpcPeeringConnection）用于删除私有网络对等连接。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcPeeringConnection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.NotSupportDeleteVpcBmPeer" = "公有云到黑石的对等连接不支持删除。",
        "UnsupportedOperation.VpcPeerPurviewError" = "该账不能发起操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcPeeringConnection;

/// Deletes VPN tunnels (删除VPN通道): the response of `DeleteVpnConnection`.
///
/// This API is used to delete a VPN tunnel.
///
/// 本接口（DeleteVpnConnection）用于删除VPN通道。
///
/// >?本接口为异步接口
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnConnection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.DeleteVpnConnInvalidState" = "VPN通道状态为更新中/销毁中/创建中，不支持此操作。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnConnection;

/// Deletes a VPN gateway (删除VPN网关): the response of `DeleteVpnGateway`.
///
/// This API (DeleteVpnGateway) is used to delete a VPN gateway. Currently, only deletion of pay-as-you-go IPSEC gateway instances in running status is supported.
///
/// 本接口（DeleteVpnGateway）用于删除VPN网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidVpnGatewayId.Malformed" = "无效的VPN网关,VPN实例ID不合法。",
        "InvalidVpnGatewayId.NotFound" = "无效的VPN网关,VPN实例不存在，请再次核实您输入的资源信息是否正确。",
        "UnsupportedOperation.BindCloudFirewall" = "绑定了防火墙，请先到防火墙页面解绑。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnGateway;

/// Deletes routes of a VPN gateway (删除VPN网关路由): the response of `DeleteVpnGatewayRoutes`.
///
/// This API is used to delete routes of a VPN gateway.
///
/// 本接口（DeleteVpnGatewayRoutes）用于删除VPN网关路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnGatewayRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnGatewayRoutes;

/// 删除SSL-VPN-CLIENT: the response of `DeleteVpnGatewaySslClient`.
///
/// 本接口（DeleteVpnGatewaySslClient）用于删除SSL-VPN-CLIENT。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnGatewaySslClient",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.SslVpnClientIdNotFound" = "SslVpnClientId 不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnGatewaySslClient {
    /// 异步任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// 删除SSL-VPN-SERVER: the response of `DeleteVpnGatewaySslServer`.
///
/// 删除SSL-VPN-SERVER 实例
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnGatewaySslServer",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnGatewaySslServer {
    /// 异步任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// Queries account attributes (查询账户属性): the response of `DescribeAccountAttributes`.
///
/// This API (DescribeAccountAttributes) is used to query your account attributes.
///
/// 本接口（DescribeAccountAttributes）用于查询用户账号私有属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAccountAttributes",
    errors("InternalError.ModuleError" = "内部模块错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAccountAttributes {
    /// User account attribute object
    ///
    /// 用户账号属性对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_attribute_set: Option<Vec<AccountAttribute>>,
}

/// 查询指定EIP带宽上下限: the response of `DescribeAddressBandwidthRange`.
///
/// 本接口（DescribeAddressBandwidthRange）用于查询指定EIP的带宽上下限范围。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressBandwidthRange",
    errors(
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.AccountNotSupported" = "不支持的账户。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressBandwidthRange {
    /// EIP带宽上下限详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_range_set: Option<Vec<BandwidthRange>>,
}

/// Queries EIP quotas (查询弹性公网IP配额): the response of `DescribeAddressQuota`.
///
/// This API (DescribeAddressQuota) is used to query the quota information of your [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP) in the current region. For more information, see [EIP product introduction](https://intl.cloud.tencent.com/document/product/213/5733?from_cn_redirect=1).
///
/// 本接口 (DescribeAddressQuota) 用于查询您账户的[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）在当前地域的配额信息。配额详情可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/5733)。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressQuota",
    errors("InternalServerError" = "操作内部错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressQuota {
    /// The quota information of EIPs in an account.
    ///
    /// 账户 EIP 配额信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_set: Option<Vec<Quota>>,
}

/// 查询参数模板IP地址组关联的实例列表: the response of `DescribeAddressTemplateGroupInstances`.
///
/// 本接口（DescribeAddressTemplateGroupInstances）用于查询参数模板IP地址组口关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressTemplateGroupInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateGroupInstances;

/// Queries an IP address template group (查询IP地址模板集合): the response of `DescribeAddressTemplateGroups`.
///
/// This API (DescribeAddressTemplateGroups) is used to query an IP address template group.
///
/// 本接口（DescribeAddressTemplateGroups）用于查询IP地址模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressTemplateGroups",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateGroups {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// IP address template.
    ///
    /// IP地址模板。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_group_set: Option<Vec<AddressTemplateGroup>>,
}

/// 查询参数模板IP地址关联的实例列表: the response of `DescribeAddressTemplateInstances`.
///
/// 本接口（DescribeAddressTemplateInstances）用于查询参数模板IP地址关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressTemplateInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateInstances;

/// Queries an IP address template (查询IP地址模板): the response of `DescribeAddressTemplates`.
///
/// This API (DescribeAddressTemplates) is used to query an IP address template.
///
/// 本接口（DescribeAddressTemplates）用于查询IP地址模板。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressTemplates",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplates {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// IP address template.
    ///
    /// IP地址模板。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_set: Option<Vec<AddressTemplate>>,
}

/// Queries the EIP list (查询弹性公网IP列表): the response of `DescribeAddresses`.
///
/// This API (DescribeAddresses) is used to query the information of one or multiple [Elastic IPs](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1).
///
/// * If the parameter is empty, a number (as specified by the `Limit`, the default value is 20) of EIPs will be returned.
///
/// 本接口 (DescribeAddresses) 用于查询一个或多个[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）的详细信息。
///
/// * 如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的 EIP。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddresses",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.InvalidDedicatedClusterId" = "传入的DedicatedClusterId有误。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.NetworkInterfaceIdMalformed" = "网络接口ID不正确。",
        "InvalidParameterValue.ResourceIdMalformed" = "资源ID不正确。",
        "LimitExceeded.NumberOfFilters" = "过滤参数名称超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddresses {
    /// Number of EIPs meeting the condition.
    ///
    /// 符合条件的 EIP 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// List of EIPs details.
    ///
    /// EIP 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_set: Option<Vec<Address>>,
}

/// Queries a list of secondary CIDR blocks (查询辅助CIDR列表): the response of `DescribeAssistantCidr`.
///
/// This API is used to query the list of secondary CIDR blocks.
///
/// 本接口（DescribeAssistantCidr）用于查询辅助CIDR列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAssistantCidr",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAssistantCidr {
    /// A set of eligible secondary CIDR blocks
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 符合条件的辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询指定带宽包带宽上下限: the response of `DescribeBandwidthPackageBandwidthRange`.
///
/// 查询指定带宽包的带宽上下限范围
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackageBandwidthRange",
    errors(
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageBandwidthRange {
    /// 带宽包带宽上下限详细信息。ResourceId：带宽包id、BandwidthLowerLimit：带宽下限、BandwidthUpperLimit：带宽上限。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_range_set: Option<Vec<BandwidthRange>>,
}

/// Queries the current usage of a pay-as-you-go bandwidth package. (查询后付费共享带宽包当前的用量): the response of `DescribeBandwidthPackageBillUsage`.
///
/// This API is used to query the current billable usage of a pay-as-you-go bandwidth package.
///
/// 本接口 (DescribeBandwidthPackageBillUsage) 用于查询后付费共享带宽包当前的计费用量.
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackageBillUsage",
    errors(
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageBillUsage {
    /// Current billable usage.
    ///
    /// 当前计费用量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_bill_bandwidth_set: Option<Vec<BandwidthPackageBillBandwidth>>,
}

/// Queries the bandwidth package quota (查询带宽包配额): the response of `DescribeBandwidthPackageQuota`.
///
/// This API is used to query the maximum and used number of bandwidth packages under the account in the current region.
///
/// 接口用于查询账户在当前地域的带宽包上限数量以及使用数量
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackageQuota",
    errors(
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageQuota {
    /// The quota of the bandwidth package.
    ///
    /// 带宽包配额详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_set: Option<Vec<Quota>>,
}

/// Queries resources in a bandwidth package (查询共享带宽包内的资源): the response of `DescribeBandwidthPackageResources`.
///
/// This API is used to query the list of resources in a Bandwidth Package according to its unique ID, support conditional filtering of query results and paging query.
///
/// 本接口 (DescribeBandwidthPackageResources) 用于根据共享带宽包唯一ID查询共享带宽包内的资源列表，支持按条件过滤查询结果和分页查询。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackageResources",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.Illegal" = "资源格式错误"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageResources {
    /// The number of eligible resources in the bandwidth package.
    ///
    /// 符合条件的 共享带宽包内资源 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// The list of resources in the bandwidth package.
    ///
    /// 共享带宽包内资源 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_set: Option<Vec<Resource>>,
}

/// Queries bandwidth package resources (查询带宽包资源): the response of `DescribeBandwidthPackages`.
///
/// This API is used to query bandwidth package information, including the unique ID of the bandwidth package, the type, the billing mode, the name, and the resource information.
///
/// 接口用于查询带宽包详细信息，包括带宽包唯一标识ID，类型，计费模式，名称，资源信息等
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackages",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.InvalidBandwidthPackageChargeType" = "无效的带宽包计费方式。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackages {
    /// The number of eligible bandwidth packages.
    ///
    /// 符合条件的带宽包数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Detail information of the bandwidth package.
    ///
    /// 描述带宽包详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_set: Option<Vec<BandwidthPackage>>,
}

/// Queries the list of instances associated with a CCN (查询云联网关联实例列表): the response of `DescribeCcnAttachedInstances`.
///
/// This API (DescribeCcnAttachedInstances) is used to query the network instances associated with the CCN instance.
///
/// 本接口（DescribeCcnAttachedInstances）用于查询云联网实例下已关联的网络实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnAttachedInstances",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.AppIdNotFound" = "APPId不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnAttachedInstances {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The list of associated instances.
    ///
    /// 关联实例列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<CcnAttachedInstance>>,
}

/// 查询云联网策略路由下一跳: the response of `DescribeCcnPolicyBasedRoutingNextHop`.
///
/// 查询云联网策略路由下一跳
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnPolicyBasedRoutingNextHop",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnPolicyBasedRoutingNextHop {
    /// 云联网策略路由下一跳信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_policy_based_routing_next_hop_set: Option<Vec<CcnPolicyBasedRoutingNextHop>>,
    /// 符合条件的对象数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// 查询云联网策略路由匹配规则: the response of `DescribeCcnPolicyBasedRoutingRule`.
///
/// 查询云联网策略路由匹配规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnPolicyBasedRoutingRule",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnPolicyBasedRoutingRule {
    /// 云联网策略路由下一跳信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_policy_based_routing_rule_set: Option<Vec<CcnPolicyBasedRoutingRule>>,
    /// 符合条件的对象数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// Queries the outbound bandwidth caps of all regions connected with the specified CCN instance (查询云联网各地域出带宽上限): the response of `DescribeCcnRegionBandwidthLimits`.
///
/// This API is used to query the outbound bandwidth caps of all regions connected with a CCN instance. The API only returns regions included in the associated network instances.
///
/// 本接口（DescribeCcnRegionBandwidthLimits）用于查询云联网各地域出带宽上限，该接口只返回已关联网络实例包含的地域。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRegionBandwidthLimits",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRegionBandwidthLimits {
    /// The outbound bandwidth caps of all regions connected with the specified CCN instance
    ///
    /// 云联网（CCN）各地域出带宽上限
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_region_bandwidth_limit_set: Option<Vec<CcnRegionBandwidthLimit>>,
}

/// 查询云联网路由传播策略: the response of `DescribeCcnRouteTableBroadcastPolicys`.
///
/// 本接口(DescribeCcnRouteTableBroadcastPolicys)用于查询指定云联网路由表的路由传播策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRouteTableBroadcastPolicys",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRouteTableBroadcastPolicys {
    /// 路由表传播策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_set: Option<Vec<CcnRouteTableBroadcastPolicys>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询云联网路由接收策略: the response of `DescribeCcnRouteTableInputPolicys`.
///
/// 本接口(DescribeCcnRouteTableInputPolicys)用于查询指定云联网路由表的路由接收策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRouteTableInputPolicys",
    errors("UnsupportedOperation.ActionNotFound" = "接口不存在。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRouteTableInputPolicys {
    /// 路由表接收策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_set: Option<Vec<CcnRouteTableInputPolicys>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询云联网路由表信息: the response of `DescribeCcnRouteTables`.
///
/// 该接口用于查询指定的云联网实例的路由表信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRouteTables",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRouteTables {
    /// 路由表信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_table_set: Option<Vec<CcnRouteTable>>,
    /// 查询到的路由表数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the CCN routing policy (查询云联网路由条目): the response of `DescribeCcnRoutes`.
///
/// This API (DescribeCcnRoutes) is used to query routes that have been added to a CCN.
///
/// 本接口（DescribeCcnRoutes）用于查询已加入云联网（CCN）的路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRoutes",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.AppIdNotFound" = "APPId不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRoutes {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The CCN routing policy object.
    ///
    /// CCN路由策略对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<CcnRoute>>,
}

/// Queries the CCN list (查询CCN列表): the response of `DescribeCcns`.
///
/// This API (DescribeCcns) is used to query the CCN list.
///
/// 本接口（DescribeCcns）用于查询云联网（CCN）列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcns",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcns {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// CCN object.
    ///
    /// CCN对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_set: Option<Vec<Ccn>>,
}

/// 查询 IDC通道信息: the response of `DescribeCdcLDCXList`.
///
/// 查询 IDC通道信息
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCdcLDCXList",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCdcLDCXList;

/// 查询虚拟连接: the response of `DescribeCdcNetPlanes`.
///
/// 查询虚拟连接
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCdcNetPlanes",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCdcNetPlanes;

/// 查询IDC使用的 VLAN: the response of `DescribeCdcUsedIdcVlan`.
///
/// 查询IDC使用的 VLAN
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCdcUsedIdcVlan",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCdcUsedIdcVlan;

/// Queries the list of Classiclink (查询基础网络互通列表): the response of `DescribeClassicLinkInstances`.
///
/// This API (DescribeClassicLinkInstances) is used to query the Classiclink instances list.
///
/// 本接口（DescribeClassicLinkInstances）用于查询私有网络和基础网络设备互通列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeClassicLinkInstances",
    errors(
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeClassicLinkInstances {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Classiclink instance.
    ///
    /// 私有网络和基础网络互通设备。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classic_link_instance_set: Option<Vec<ClassicLinkInstance>>,
}

/// 查询云联网跨境限速实例: the response of `DescribeCrossBorderCcnRegionBandwidthLimits`.
///
/// 本接口（DescribeCrossBorderCcnRegionBandwidthLimits）用于获取要锁定的限速实例列表。
///
/// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（DescribeTenantCcns）
///
/// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCrossBorderCcnRegionBandwidthLimits",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCrossBorderCcnRegionBandwidthLimits {
    /// 符合条件的对象总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 云联网地域间限速带宽实例的信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_bandwidth_set: Option<Vec<CcnBandwidth>>,
}

/// Queries a compliance review request (查询合规化审批单): the response of `DescribeCrossBorderCompliance`.
///
/// This API is used to query the compliance review requests created by the user.
///
/// A service provider can query all review requests created by any `APPID` under its account. Other users can only query their own review requests.
///
/// 本接口（DescribeCrossBorderCompliance）用于查询用户创建的合规化资质审批单。
///
/// 服务商可以查询服务名下的任意 `APPID` 创建的审批单；非服务商，只能查询自己审批单。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCrossBorderCompliance",
    errors(
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCrossBorderCompliance {
    /// List of compliance review requests.
    ///
    /// 合规化审批单列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_compliance_set: Option<Vec<CrossBorderCompliance>>,
    /// Total number of compliance review requests.
    ///
    /// 合规化审批单总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询跨境带宽监控数据: the response of `DescribeCrossBorderFlowMonitor`.
///
/// 本接口（DescribeCrossBorderFlowMonitor）用于查询跨境带宽监控数据，该接口目前只提供给服务商联通使用。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCrossBorderFlowMonitor",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnInstanceAccountNotApprovedByUnicom" = "CCN实例所属账号未通过联通审批。",
        "UnsupportedOperation.CurrentAccountIsNotUnicomAccount" = "当前账号非联通账号。",
        "UnsupportedOperation.CurrentQueryRegionIsNotCrossBorder" = "当前查询地域非跨境。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCrossBorderFlowMonitor {
    /// 云联网跨境带宽监控数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_flow_monitor_data: Option<Vec<CrossBorderFlowMonitorData>>,
}

/// Queries the information of supported customer gateway vendors (查询可支持的对端网关厂商信息): the response of `DescribeCustomerGatewayVendors`.
///
/// This API (DescribeCustomerGatewayVendors) is used to query the information of supported customer gateway vendors.
///
/// 本接口（DescribeCustomerGatewayVendors）用于查询可支持的对端网关厂商信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCustomerGatewayVendors",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnInstanceAccountNotApprovedByUnicom" = "CCN实例所属账号未通过联通审批。",
        "UnsupportedOperation.CurrentAccountIsNotUnicomAccount" = "当前账号非联通账号。",
        "UnsupportedOperation.CurrentQueryRegionIsNotCrossBorder" = "当前查询地域非跨境。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。",
        "UnsupportedOperation.UnableCrossBorder" = "不支持跨境。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCustomerGatewayVendors {
    /// Customer gateway vendor information object.
    ///
    /// 对端网关厂商信息对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_vendor_set: Option<Vec<CustomerGatewayVendor>>,
}

/// Queries customer gateways (查询对端网关): the response of `DescribeCustomerGateways`.
///
/// This API (DescribeCustomerGateways) is used to query the customer gateway list.
///
/// 本接口（DescribeCustomerGateways）用于查询对端网关列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCustomerGateways",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCustomerGateways {
    /// Customer gateway object list
    ///
    /// 对端网关对象列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_set: Option<Vec<CustomerGateway>>,
    /// Number of eligible instances
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询用户当前地域下可指定的特殊可用区: the response of `DescribeDesignatedZones`.
///
/// 用于查询用户创建带宽包时可指定的可用区信息
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeDesignatedZones",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDesignatedZones {
    /// 用户可选的可用区总数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 用户可选的可用区详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated_zone_info: Option<Vec<DesignatedZoneInfoDict>>,
}

/// 查询DhcpIp列表: the response of `DescribeDhcpIps`.
///
/// 本接口（DescribeDhcpIps）用于查询DhcpIp列表
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeDhcpIps",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDhcpIps {
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhcp_ip_set: Option<Vec<DhcpIp>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the CCN routes of a Direct Connect gateway (查询专线网关云联网路由): the response of `DescribeDirectConnectGatewayCcnRoutes`.
///
/// This API (DescribeDirectConnectGatewayCcnRoutes) is used to query the CCN routes (IDC IP range) of the Direct Connect gateway.
///
/// 本接口（DescribeDirectConnectGatewayCcnRoutes）用于查询专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDirectConnectGatewayCcnRoutes {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The CCN route (IDC IP range) list.
    ///
    /// 云联网路由（IDC网段）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<DirectConnectGatewayCcnRoute>>,
}

/// Queries direct connect gateways (查询专线网关): the response of `DescribeDirectConnectGateways`.
///
/// This API is used to query direct connect gateways.
///
/// 本接口（DescribeDirectConnectGateways）用于查询专线网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeDirectConnectGateways",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDirectConnectGateways {
    /// The number of eligible objects.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The object array of the direct connect gateway.
    ///
    /// 专线网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_set: Option<Vec<DirectConnectGateway>>,
}

/// Queries information of a flow log (查询VPC流日志实例信息): the response of `DescribeFlowLog`.
///
/// This API is used to query the information of a flow log.
///
/// 本接口（DescribeFlowLog）用于查询VPC流日志实例信息。
///
/// 该接口只支持VPC流日志（即将下线）。云联网以及VPC流日志，通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeFlowLog",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeFlowLog {
    /// The flow log information.
    ///
    /// 流日志信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log: Option<Vec<FlowLog>>,
}

/// Queries the list of flow logs (查询流日志集合): the response of `DescribeFlowLogs`.
///
/// This API is used to query all the flow logs of the current account.
///
/// 本接口（DescribeFlowLogs）用于查询获取流日志集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeFlowLogs",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeFlowLogs {
    /// The instance set of flow logs.
    ///
    /// 流日志实例集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log: Option<Vec<FlowLog>>,
    /// The total number of flow logs.
    ///
    /// 流日志总数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_num: Option<u64>,
}

/// Queries the monitoring details of a gateway (查询网关流量监控明细): the response of `DescribeGatewayFlowMonitorDetail`.
///
/// This API is used to query the traffic monitoring details of the gateway.
///
/// * You can only use this API to query a single gateway instance, which means you must pass in only one of `VpnId`, `DirectConnectGatewayId`, `PeeringConnectionId`, or `NatId`.
///
/// * If the gateway has traffic, but no data is returned when this API is called, please check whether gateway traffic monitoring has been enabled in the corresponding gateway details page in the console.
///
/// 本接口（DescribeGatewayFlowMonitorDetail）用于查询网关流量监控明细。
///
/// * 只支持单个网关实例查询。即入参 `VpnId`、 `DirectConnectGatewayId`、 `PeeringConnectionId`、 `NatId` 最多只支持传一个，且必须传一个。
///
/// * 如果网关有流量，但调用本接口没有返回数据，请在控制台对应网关详情页确认是否开启网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeGatewayFlowMonitorDetail",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeGatewayFlowMonitorDetail {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The gateway traffic monitoring details.
    ///
    /// 网关流量监控明细。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_flow_monitor_detail_set: Option<Vec<GatewayFlowMonitorDetail>>,
}

/// Queries the inbound IP bandwidth limit of a gateway. (查询网关来访IP流控带宽): the response of `DescribeGatewayFlowQos`.
///
/// This API is used to query the inbound IP bandwidth limit of a gateway.
///
/// 本接口（DescribeGatewayFlowQos）用于查询网关来访IP流控带宽。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeGatewayFlowQos",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeGatewayFlowQos {
    /// List of instance details
    ///
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_qos_set: Option<Vec<GatewayQos>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询全局路由列表。: the response of `DescribeGlobalRoutes`.
///
/// 查询全局路由列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeGlobalRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeGlobalRoutes {
    /// 全局路由对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_route_set: Option<Vec<GlobalRoute>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the HAVIP list (查询HAVIP列表): the response of `DescribeHaVips`.
///
/// This API (DescribeHaVips) is used to query the list of highly available virtual IPs (HAVIP).
///
/// 本接口（DescribeHaVips）用于查询高可用虚拟IP（HAVIP）列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeHaVips",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHaVips {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// `HAVIP` object array.
    ///
    /// `HAVIP`对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_set: Option<Vec<HaVip>>,
}

/// 查询高优路由表: the response of `DescribeHighPriorityRouteTables`.
///
/// 查询高优路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeHighPriorityRouteTables",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHighPriorityRouteTables {
    /// 高优路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table_set: Option<Vec<HighPriorityRouteTable>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询高优路由表条目: the response of `DescribeHighPriorityRoutes`.
///
/// 查询高优路由表条目信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeHighPriorityRoutes",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHighPriorityRoutes {
    /// 高优路由表条目信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_set: Option<Vec<HighPriorityRoute>>,
    /// 高优路由表条目个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the EIPv6 list (查询弹性公网IPv6列表): the response of `DescribeIPv6Addresses`.
///
/// This API is used to query detailed information of one or more EIPv6 instances.
///
/// - You can query EIPv6 and traditional EIPv6 instance information in a specified region.
///
/// - The system returns a certain number (as specified by the Limit, the default value is 20) of EIPv6 instances of the current user if the parameter is empty.
///
/// 本接口（DescribeIPv6Addresses）用于查询一个或多个弹性公网 IPv6（简称 EIPv6）实例的详细信息。
///
/// - 支持查询您在指定地域的弹性公网 IPv6 和传统弹性公网 IPv6 实例信息
///
/// - 如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的 EIPv6。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIPv6Addresses",
    errors(
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIPv6Addresses {
    /// Number of IPv6 meeting conditions.
    ///
    /// 符合条件的 IPv6 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// IPv6 detailed information list.
    ///
    /// IPv6 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_set: Option<Vec<Address>>,
}

/// Queries whether a specified cvm supports jumbo frames (查询指定云服务器是否支持巨帧): the response of `DescribeInstanceJumbo`.
///
/// This API is used to check whether Cloud Virtual Machines support jumbo frames.
///
/// Usage limits.
///
/// This API is used to perform operations that require CAM policy authorization and read access to the corresponding instance. The API accesses CVM instances, so it verifies whether there are CAM permissions for the instance. For example: CAM action allows vpc:DescribeInstanceJumbo; resource allows qcs::cvm:ap-guangzhou:uin/2126195383:instance/*.
///
/// This API is used to check the jumbo frame status before and after instance migration. The status returned by this API may be inconsistent before and after migration. You need to check whether the host machines of the instance before and after migration both support jumbo frames. One possible reason is that the instance has been migrated to a host machine that does not support jumbo frames.
///
/// 本接口用于检查云服务器是否支持巨帧。
///
/// 使用限制：
///
/// 1. 需要CAM策略授权该接口的操作权限，并且授权对应实例的读取权限(该接口会访问CVM实例，所以会校验是否有实例的CAM权限)。例如：CAM action放通vpc:DescribeInstanceJumbo；resource放通qcs::cvm:ap-guangzhou:uin/2126195383:instance/*。
///
/// 2. 实例迁移前后，可能会出现该接口返回的巨帧状态前后不一致（需要检查迁移前后实例所在的宿主机是否都支持巨帧，一种可能的原因为实例迁移到了不支持巨帧的宿主机）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeInstanceJumbo",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceJumbo {
    /// Specifies the jumbo frame status of the cloud virtual machine.
    ///
    /// 云服务器巨帧状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_jumbo_set: Option<Vec<InstanceJumbo>>,
}

/// Queries the list of classic elastic public IPv6 instances (查询传统弹性公网IPv6列表): the response of `DescribeIp6Addresses`.
///
/// This API is used to query the detailed information on one or multiple classic elastic public IPv6 instances.
///
/// 本接口（DescribeIp6Addresses）用于查询一个或多个传统弹性公网 IPv6 实例的详细信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIp6Addresses",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.AddressIpNotPublic" = "此IPv6地址未发布。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NetworkInterfaceIdMalformed" = "网络接口ID不正确。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIp6Addresses {
    /// Number of IPv6 meeting conditions.
    ///
    /// 符合条件的 IPv6 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// IPv6 detailed information list.
    ///
    /// IPv6 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_set: Option<Vec<Address>>,
}

/// 查询账户在指定地域IPV6转换实例和规则的配额: the response of `DescribeIp6TranslatorQuota`.
///
/// 查询账户在指定地域IPV6转换实例和规则的配额
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIp6TranslatorQuota",
    errors("InternalServerError" = "操作内部错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIp6TranslatorQuota {
    /// 账户在指定地域的IPV6转换实例及规则配额信息
    ///
    /// QUOTAID属性是TOTAL_TRANSLATOR_QUOTA，表示账户在指定地域的IPV6转换实例配额信息；QUOTAID属性是IPV6转换实例唯一ID（形如ip6-xxxxxxxx），表示账户在该转换实例允许创建的转换规则配额
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_set: Option<Vec<Quota>>,
}

/// 查询IPV6转换实例及其绑定规则信息: the response of `DescribeIp6Translators`.
///
/// 1. 该接口用于查询账户下的IPV6转换实例及其绑定的转换规则信息
///
/// 2. 支持过滤查询
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIp6Translators",
    errors("InternalServerError" = "操作内部错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIp6Translators {
    /// 符合过滤条件的IPV6转换实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 符合过滤条件的IPV6转换实例详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_set: Option<Vec<Ip6Translator>>,
}

/// Obtains the download link of an IP location database (获取IP地理位置库下载链接): the response of `DescribeIpGeolocationDatabaseUrl`.
///
/// This API is used to obtain the download link of an IP location database.
///
/// This API will be discontinued soon and is only available for existing users.
///
/// 本接口（DescribeIpGeolocationDatabaseUrl）用于获取IP地理位置库下载链接。
///
/// 本接口即将下线，仅供存量用户使用，暂停新增用户。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIpGeolocationDatabaseUrl",
    errors(
        "AuthFailure" = "CAM签名/鉴权错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIpGeolocationDatabaseUrl {
    /// Download link of an IP location database
    ///
    /// IP地理位置库下载链接地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub down_load_url: Option<String>,
    /// Link expiration time in UTC format following the ISO8601 standard.
    ///
    /// 链接到期时间。按照`ISO8601`标准表示，并且使用`UTC`时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_at: Option<String>,
}

/// Queries IP location (查询IP地理位置信息): the response of `DescribeIpGeolocationInfos`.
///
/// This API is used to query the location and network information of one or more IP addresses.
///
/// This API will be discontinued soon and is only available for existing users.
///
/// 本接口（DescribeIpGeolocationInfos）用于查询IP地址信息，包括地理位置信息和网络信息。
///
/// 本接口即将下线，仅供存量客户使用，暂停新增用户。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeIpGeolocationInfos",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIpGeolocationInfos {
    /// IP address details
    ///
    /// IP地址信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_info: Option<Vec<IpGeolocationInfo>>,
    /// Number of IP addresses
    ///
    /// IP地址信息个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total: Option<i64>,
}

/// Queries local gateways (查询本地网关): the response of `DescribeLocalGateway`.
///
/// This API is used to query local gateways of a CDC instance.
///
/// 本接口（DescribeLocalGateway）用于查询CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLocalGateway {
    /// Information set of local gateways
    ///
    /// 本地网关信息集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway_set: Option<Vec<LocalGateway>>,
    /// Total number of local gateways
    ///
    /// 本地网关总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// Queries the port forwarding rule of a NAT gateway (查询NAT网关端口转发规则): the response of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
///
/// This API is used to query the array of objects of a NAT gateway's port forwarding rules.
///
/// 本接口（DescribeNatGatewayDestinationIpPortTranslationNatRules）用于查询NAT网关端口转发规则对象数组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewayDestinationIpPortTranslationNatRules",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayDestinationIpPortTranslationNatRules {
    /// The object array of port forwarding rules for the NAT gateway.
    ///
    /// NAT网关端口转发规则对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_destination_ip_port_translation_nat_rule_set: Option<
        Vec<NatGatewayDestinationIpPortTranslationNatRule>,
    >,
    /// The number of eligible object arrays of NAT port forwarding rules.
    ///
    /// 符合条件的NAT网关端口转发规则对象数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the routes between a NAT gateway and Direct Connect (查询专线绑定NAT路由): the response of `DescribeNatGatewayDirectConnectGatewayRoute`.
///
/// This API is used to query the routes between a NAT gateway and Direct Connect.
///
/// 查询专线绑定NAT的路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewayDirectConnectGatewayRoute",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayDirectConnectGatewayRoute {
    /// Route data
    ///
    /// 路由数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_direct_connect_gateway_route_set: Option<Vec<NatDirectConnectGatewayRoute>>,
    /// Total number of routes
    ///
    /// 路由总数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total: Option<i64>,
}

/// 查询nat网关流控明细: the response of `DescribeNatGatewayFlowMonitorDetail`.
///
/// 本接口（DescribeNatGatewayFlowMonitorDetail）用于查询NAT网关流量监控明细。
///
/// - 只支持单个网关实例查询。即入参 `NatGatewayId` 最多只支持传一个，且必须传一个。
///
/// - 如果网关有流量，但调用本接口没有返回数据，请在控制台对应网关详情页确认是否开启网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewayFlowMonitorDetail",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayFlowMonitorDetail {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 网关流量监控明细。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_flow_monitor_detail_set: Option<Vec<NatGatewayFlowMonitorDetail>>,
}

/// Queries a NAT gateway's SNAT forwarding rules (查询NAT网关SNAT转发规则): the response of `DescribeNatGatewaySourceIpTranslationNatRules`.
///
/// This API is used to query the NAT gateway's SNAT forwarding rules.
///
/// 本接口（DescribeNatGatewaySourceIpTranslationNatRules）用于查询NAT网关SNAT转发规则对象数组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewaySourceIpTranslationNatRules",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewaySourceIpTranslationNatRules {
    /// Array of objects of a NAT gateway's SNAT rules.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关SNAT规则对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ip_translation_nat_rule_set: Option<Vec<SourceIpTranslationNatRule>>,
    /// The number of eligible object arrays of a NAT gateway's forwarding rules.
    ///
    /// 符合条件的NAT网关端口转发规则对象数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// 查询NAT网关可售卖的可用区信息: the response of `DescribeNatGatewayZones`.
///
/// 本接口(DescribeNatGatewayZones)用于查询NAT网关可售卖的可用区信息
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewayZones",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayZones {
    /// 可售卖可用区信息列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_set: Option<Vec<NatZoneInfo>>,
}

/// Queries NAT gateways (查询NAT网关): the response of `DescribeNatGateways`.
///
/// This API is used to query NAT gateways.
///
/// 本接口（DescribeNatGateways）用于查询 NAT 网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGateways",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGateways {
    /// NAT gateway object array.
    ///
    /// NAT网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_set: Option<Vec<NatGateway>>,
    /// The number of eligible NAT gateway objects.
    ///
    /// 符合条件的NAT网关对象个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 输出信息详细程度，DETAIL代表输出实例所有信息；COMPACT代表不输出NAT规则和自定义路由，输出实例基本信息、特性开关和EIP信息；SIMPLE代表仅输出实例基本信息和特性开关
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub verbose_level: Option<String>,
}

/// DescribeNetDetectStates (查询网络探测验证结果列表): the response of `DescribeNetDetectStates`.
///
/// This API (DescribeNetDetectStates) is used to query the list of network detection verification results.
///
/// 本接口(DescribeNetDetectStates)用于查询网络探测验证结果列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetDetectStates",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetDetectStates {
    /// The array of network detection verification results that meet requirements.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 符合条件的网络探测验证结果对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_state_set: Option<Vec<NetDetectState>>,
    /// The number of network detection verification results that meet requirements.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 符合条件的网络探测验证结果对象数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// DescribeNetDetects (查询网络探测列表): the response of `DescribeNetDetects`.
///
/// This API (DescribeNetDetects) is used to query the list of network detection instances.
///
/// 本接口（DescribeNetDetects）用于查询网络探测列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetDetects",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetDetects {
    /// The array of network detection objects that meet requirements.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 符合条件的网络探测对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_set: Option<Vec<NetDetect>>,
    /// The number of network detection objects that meet requirements.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 符合条件的网络探测对象数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询用户网络类型: the response of `DescribeNetworkAccountType`.
///
/// 判断用户在网络侧的用户类型，如标准（带宽上移），传统（非上移）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetworkAccountType",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkAccountType {
    /// 用户账号的网络类型，STANDARD为标准账户类型，LEGACY为传统账户类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_account_type: Option<String>,
}

/// Queries the list of the network ACL quintuple entries (分页查询网络ACL五元组条目列表): the response of `DescribeNetworkAclQuintupleEntries`.
///
/// This API is used to query the list of in/outbound network ACL quintuple entries.
///
/// 本接口（DescribeNetworkAclQuintupleEntries）查询入方向或出方向网络ACL五元组条目列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetworkAclQuintupleEntries",
    errors(
        "InvalidParameter.AclTypeMismatch" = "ACL ID与ACL类型不匹配。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkAclQuintupleEntries {
    /// The list of the network ACL quintuple entries
    ///
    /// 网络ACL条目列表（NetworkAclTuple5Entry）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_quintuple_set: Option<Vec<NetworkAclQuintupleEntry>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries a list of network ACLs (查询网络ACL列表): the response of `DescribeNetworkAcls`.
///
/// This API is used to query a list of network ACLs.
///
/// 本接口（DescribeNetworkAcls）用于查询网络ACL列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetworkAcls",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkAcls {
    /// List of instance details.
    ///
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_set: Option<Vec<NetworkAcl>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// DescribeNetworkInterfaceLimit (查询弹性网卡配额): the response of `DescribeNetworkInterfaceLimit`.
///
/// This API (DescribeNetworkInterfaceLimit) is used to query the ENI quota based on the ID of CVM instance or ENI. It returns the ENI quota to which the CVM instance can be bound and the IP address quota that can be allocated to the ENI.
///
/// 本接口（DescribeNetworkInterfaceLimit）根据CVM实例ID或弹性网卡ID查询弹性网卡配额，返回该CVM实例或弹性网卡能绑定的弹性网卡配额，以及弹性网卡可以分配的IP配额。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetworkInterfaceLimit",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkInterfaceLimit {
    /// Quota of ENIs mounted to a CVM instance in a standard way
    ///
    /// 标准型弹性网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_quantity: Option<i64>,
    /// Quota of IP addresses that can be allocated to each standard-mounted ENI
    ///
    /// 每个标准型弹性网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_private_ip_address_quantity: Option<i64>,
    /// Quota of ENIs mounted to a CVM instance as an extension
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 扩展型网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extend_eni_quantity: Option<i64>,
    /// Quota of IP addresses that can be allocated to each extension-mounted ENI.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 每个扩展型弹性网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extend_eni_private_ip_address_quantity: Option<i64>,
    /// The quota of relayed ENIs
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 中继网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sub_eni_quantity: Option<i64>,
    /// The quota of IPs that can be assigned to each relayed ENI.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 每个中继网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sub_eni_private_ip_address_quantity: Option<i64>,
}

/// Queries the ENI list (查询弹性网卡列表): the response of `DescribeNetworkInterfaces`.
///
/// This API (DescribeNetworkInterfaces) is used to query the ENI list.
///
/// 本接口（DescribeNetworkInterfaces）用于查询弹性网卡列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNetworkInterfaces",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkInterfaces {
    /// List of instance details.
    ///
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_set: Option<Vec<NetworkInterface>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询私网NAT网关目的端口转换规则: the response of `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
///
/// 本接口（DescribePrivateNatGatewayDestinationIpPortTranslationNatRules）用于查询私网NAT网关目的端口转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGatewayDestinationIpPortTranslationNatRules",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGatewayDestinationIpPortTranslationNatRules {
    /// 总规则数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 目的端口转换规则数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_destination_ip_port_translation_nat_rule_set: Option<
        Vec<PrivateNatDestinationIpPortTranslationNatRule>,
    >,
}

/// 查询可创建的私网NAT网关配额数量: the response of `DescribePrivateNatGatewayLimits`.
///
/// 本接口（DescribePrivateNatGatewayLimits）用于查询可创建的私网NAT网关配额数量
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGatewayLimits",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.NatNfvUnsupportedRegion" = "NFV NAT服务不支持该地域。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGatewayLimits {
    /// 查询返回结果个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 私网网关配额。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_nat_gateway_limit_set: Option<Vec<PrivateNatGatewayLimit>>,
}

/// 查询私网NAT网关可支持地域: the response of `DescribePrivateNatGatewayRegions`.
///
/// 本接口（DescribePrivateNatGatewayRegions）用于查询查询私网NAT网关可支持地域
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGatewayRegions",
    errors(
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.NatNfvUnsupportedRegion" = "NFV NAT服务不支持该地域。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGatewayRegions {
    /// 地域对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_set: Option<Vec<NatRegionInfoWithArea>>,
    /// 返回可支持地域总数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询私网NAT网关源端转换访问控制规则: the response of `DescribePrivateNatGatewayTranslationAclRules`.
///
/// 本接口（DescribePrivateNatGatewayTranslationAclRules）用于查询私网NAT网关源端转换访问控制规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGatewayTranslationAclRules",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGatewayTranslationAclRules {
    /// 返回个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 访问控制规则列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_acl_rule_set: Option<Vec<TranslationAclRule>>,
}

/// 查询私网NAT网关源端转换规则: the response of `DescribePrivateNatGatewayTranslationNatRules`.
///
/// 本接口（DescribePrivateNatGatewayTranslationNatRules）用于查询私网NAT网关源端转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGatewayTranslationNatRules",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGatewayTranslationNatRules {
    /// 对象数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 转换规则详情数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_nat_rule_set: Option<Vec<TranslationNatRule>>,
}

/// 查询私网NAT网关: the response of `DescribePrivateNatGateways`.
///
/// 本接口（DescribePrivateNatGateways）用于查询私网NAT网关
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribePrivateNatGateways",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePrivateNatGateways {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 私网网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_nat_gateway_set: Option<Vec<PrivateNatGateway>>,
}

/// 查询网络产品配额信息: the response of `DescribeProductQuota`.
///
/// 本接口（DescribeProductQuota）用于查询网络产品的配额信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeProductQuota",
    errors("InternalError.ModuleError" = "内部模块错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeProductQuota {
    /// ProductQuota对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_quota_set: Option<Vec<ProductQuota>>,
    /// 符合条件的产品类型个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries reserved private IP addresses (查询内网保留IP): the response of `DescribeReserveIpAddresses`.
///
/// This API is used to query reserved private IP addresses.
///
/// 查询内网保留 IP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeReserveIpAddresses",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeReserveIpAddresses {
    /// Information returned from the reserved private IP address.
    ///
    /// 内网保留 IP返回信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_address_set: Option<Vec<ReserveIpAddressInfo>>,
    /// Number of reserved private IP addresses returned.
    ///
    /// 返回内网保留IP的个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询路由策略冲突列表: the response of `DescribeRouteConflicts`.
///
/// 本接口（DescribeRouteConflicts）用于查询自定义路由策略与云联网路由策略冲突列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRouteConflicts",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteConflicts {
    /// 路由策略冲突列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_conflict_set: Option<Vec<RouteConflict>>,
}

/// 查询路由条目列表: the response of `DescribeRouteList`.
///
/// 本接口（DescribeRouteList）用于查询路由条目列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRouteList",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteList {
    /// 路由对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<Route>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 用户查询路由策略列表: the response of `DescribeRoutePolicies`.
///
/// 本接口（DescribeRoutePolicies）用于查询路由策略列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRoutePolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRoutePolicies {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 路由策略对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_set: Option<Vec<RoutePolicy>>,
}

/// View a route reception policy entry (查看路由接收策略条目): the response of `DescribeRoutePolicyEntries`.
///
/// This API is used to query the route reception policy entry list.
///
/// 本接口（DescribeRoutePolicyEntries）用于查询路由接收策略条目列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRoutePolicyEntries",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRoutePolicyEntries {
    /// Route reception policy entry list.
    ///
    /// 路由接收策略条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询实例绑定路由表信息: the response of `DescribeRouteTableAssociatedInstances`.
///
/// 本接口（DescribeRouteTableAssociatedInstances）用于查询指定的云联网关联的实例所绑定的路由表信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRouteTableAssociatedInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteTableAssociatedInstances {
    /// 查询到的绑定路由表的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 绑定信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_bind_set: Option<Vec<InstanceBind>>,
}

/// 查询云联网路由表选择策略信息: the response of `DescribeRouteTableSelectionPolicies`.
///
/// 本接口（DescribeRouteTableSelectionPolicies）用于查询云联网路由表选择策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRouteTableSelectionPolicies",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteTableSelectionPolicies {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 路由表选择策略信息集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_selection_policy_set: Option<Vec<RouteSelectionPolicy>>,
}

/// Queries the route table list (查询路由表): the response of `DescribeRouteTables`.
///
/// This API is used to query route tables.
///
/// 本接口（DescribeRouteTables）用于查询路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRouteTables",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterMissParameter" = "指定过滤选项缺失",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteTables {
    /// Number of eligible instances.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Route table object.
    ///
    /// 路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_set: Option<Vec<RouteTable>>,
}

/// 查询路由列表: the response of `DescribeRoutes`.
///
/// 本接口（DescribeRoutes）用于查询路由列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRoutes {
    /// 路由对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<Route>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries statistics on the instances associated with a security group (查询安全组关联实例统计): the response of `DescribeSecurityGroupAssociationStatistics`.
///
/// This API (DescribeSecurityGroupAssociationStatistics) is used to query statistics on the instances associated with a security group.
///
/// 本接口（DescribeSecurityGroupAssociationStatistics）用于查询安全组关联的实例统计。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupAssociationStatistics",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupAssociationStatistics {
    /// Statistics on the instances associated with a security group.
    ///
    /// 安全组关联实例统计。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_association_statistics_set: Option<
        Vec<SecurityGroupAssociationStatistics>,
    >,
}

/// 查看参数模板展开后的安全组规则: the response of `DescribeSecurityGroupExpandedPolicies`.
///
/// 本接口（DescribeSecurityGroupExpandedPolicies）用于查看参数模板展开后的安全组规则。本接口会通过缓存降低请求后端服务的调用次数，因此拉取结果会存在延迟（缓存超时时间为1分钟）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupExpandedPolicies",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupExpandedPolicies {
    /// 安全组规则集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

/// 查询用户安全组配额: the response of `DescribeSecurityGroupLimits`.
///
/// 本接口(DescribeSecurityGroupLimits)用于查询用户安全组配额。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupLimits",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupLimits {
    /// 用户安全组配额限制。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_limit_set: Option<SecurityGroupLimitSet>,
}

/// Queries security group policies (查询安全组规则): the response of `DescribeSecurityGroupPolicies`.
///
/// This API (DescribeSecurityGroupPolicies) is used to query security group policies.
///
/// 本接口（DescribeSecurityGroupPolicies）用于查询安全组规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupPolicies",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupPolicies {
    /// Security group policy set.
    ///
    /// 安全组规则集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

/// Queries referred security groups (查询安全组被引用信息): the response of `DescribeSecurityGroupReferences`.
///
/// This API (DescribeSecurityGroupReferences) is used to query referred security groups.
///
/// 本接口（DescribeSecurityGroupReferences）用于查询安全组被引用信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupReferences",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupReferences {
    /// Referred security groups.
    ///
    /// 安全组被引用信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_security_group_set: Option<Vec<ReferredSecurityGroup>>,
}

/// Queries security groups (查看安全组): the response of `DescribeSecurityGroups`.
///
/// This API (DescribeSecurityGroups) is used to query security groups.
///
/// 本接口（DescribeSecurityGroups）用于查询安全组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroups",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroups {
    /// Security group object.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_set: Option<Vec<SecurityGroup>>,
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询参数模板协议端口组关联的实例列表: the response of `DescribeServiceTemplateGroupInstances`.
///
/// 本接口（DescribeServiceTemplateGroupInstances）用于查询参数模板协议端口组关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeServiceTemplateGroupInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateGroupInstances;

/// Queries a protocol port template group (查询协议端口模板集合): the response of `DescribeServiceTemplateGroups`.
///
/// This API (DescribeServiceTemplateGroups) is used to query a protocol port template group.
///
/// 本接口（DescribeServiceTemplateGroups）用于查询协议端口模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeServiceTemplateGroups",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateGroups {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Protocol port template group.
    ///
    /// 协议端口模板集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_group_set: Option<Vec<ServiceTemplateGroup>>,
}

/// 查询参数模板协议端口关联的实例列表: the response of `DescribeServiceTemplateInstances`.
///
/// 本接口（DescribeServiceTemplateInstances）用于查询参数模板协议端口关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeServiceTemplateInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateInstances;

/// Queries a protocol port template (查询协议端口模板): the response of `DescribeServiceTemplates`.
///
/// This API (DescribeServiceTemplates) is used to query protocol port templates.
///
/// 本接口（DescribeServiceTemplates）用于查询协议端口模板。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeServiceTemplates",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplates {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Protocol port template object.
    ///
    /// 协议端口模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_set: Option<Vec<ServiceTemplate>>,
}

/// Querying contents of snapshot files (查询安全组快照文件内容): the response of `DescribeSgSnapshotFileContent`.
///
/// This API is used to query the snapshot file contents.
///
/// 本接口（DescribeSgSnapshotFileContent）用于查询安全组快照文件内容。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSgSnapshotFileContent",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.SnapshotFileFailed" = "快照文件生成失败。",
        "UnsupportedOperation.SnapshotFileNoExist" = "快照文件已过期或删除。",
        "UnsupportedOperation.SnapshotFileProcessing" = "快照文件正在生成中，请稍后查看。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSgSnapshotFileContent {
    /// Security group ID
    ///
    /// 实例Id，即安全组Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_id: Option<String>,
    /// Snapshot file ID
    ///
    /// 快照文件Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_file_id: Option<String>,
    /// Backup time
    ///
    /// 备份时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_time: Option<String>,
    /// Operator
    ///
    /// 操作者。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operator: Option<String>,
    /// Original data
    ///
    /// 原始数据。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_data: Option<Vec<SecurityGroupPolicy>>,
    /// Backup data
    ///
    /// 备份数据。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_data: Option<Vec<SecurityGroupPolicy>>,
}

/// Queries instances associated with a snapshot policy (查询快照策略关联实例列表): the response of `DescribeSnapshotAttachedInstances`.
///
/// This API is used to query instances associated with a snapshot policy.
///
/// 本接口（DescribeSnapshotAttachedInstances）用于查询快照策略关联实例列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSnapshotAttachedInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotAttachedInstances {
    /// List of instances
    ///
    /// 实例列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<SnapshotInstance>>,
    /// The number of eligible objects.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Query snapshot files (查询快照文件): the response of `DescribeSnapshotFiles`.
///
/// This API is used to query snapshot files.
///
/// 本接口（DescribeSnapshotFiles）用于查询快照文件。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSnapshotFiles",
    errors(
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.SnapshotNotAttached" = "实例未关联快照策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotFiles {
    /// Snapshot files
    ///
    /// 快照文件集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_file_set: Option<Vec<SnapshotFileInfo>>,
    /// The number of eligible objects.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// Queries snapshot policies (查询快照策略): the response of `DescribeSnapshotPolicies`.
///
/// This API is used to query snapshot policies.
///
/// 本接口（DescribeSnapshotPolicies）用于查询快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSnapshotPolicies",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotPolicies {
    /// Snapshot policies
    ///
    /// 快照策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policy_set: Option<Vec<SnapshotPolicy>>,
    /// The number of eligible objects.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询指定共享流量包的用量明细: the response of `DescribeSpecificTrafficPackageUsedDetails`.
///
/// 本接口 (DescribeSpecificTrafficPackageUsedDetails) 用于查询指定 共享流量包 的用量明细。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSpecificTrafficPackageUsedDetails",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.TrafficPackageId" = "流量包ID格式错误。",
        "InvalidParameterValue.TrafficPackageIdMalformed" = "该流量包ID不合法。",
        "InvalidParameterValue.TrafficPackageNotFound" = "未查询到此流量包。",
        "InvalidParameterValue.TrafficPackageResourceIdMalformed" = "指定的流量包资源ID不合法"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSpecificTrafficPackageUsedDetails {
    /// 符合查询条件的共享流量包用量明细的总数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 共享流量包用量明细列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_detail_set: Option<Vec<UsedDetail>>,
}

/// Queries resources associated with the subnet (查看Subnet资源信息): the response of `DescribeSubnetResourceDashboard`.
///
/// This API is used to query the subnet resource.
///
/// 本接口(DescribeSubnetResourceDashboard)用于查看Subnet资源信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSubnetResourceDashboard",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSubnetResourceDashboard {
    /// Information of resources returned
    ///
    /// 资源统计结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_statistics_set: Option<Vec<ResourceStatistics>>,
}

/// Queries the subnet list (查询子网列表): the response of `DescribeSubnets`.
///
/// This API (DescribeSubnets) is used to query the list of subnets.
///
/// 本接口（DescribeSubnets）用于查询子网列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSubnets",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSubnets {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Subnet object.
    ///
    /// 子网对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_set: Option<Vec<Subnet>>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_token: Option<String>,
}

/// Queries the async job execution results (查询异步任务执行结果): the response of `DescribeTaskResult`.
///
/// This API is used to query the EIP async job execution results.
///
/// 本接口（DescribeTaskResult）用于查询EIP异步任务执行结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTaskResult",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTaskResult {
    /// Job ID
    ///
    /// 任务ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
    /// The execution results, including `SUCCESS`, `FAILED`, and `RUNNING`
    ///
    /// 执行结果，包括"SUCCESS"：异步任务执行成功, "FAILED"：异步任务执行失败, "RUNNING"：异步任务执行中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub result: Option<String>,
}

/// 查询参数模板配额列表: the response of `DescribeTemplateLimits`.
///
/// 本接口（DescribeTemplateLimits）用于查询参数模板配额列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTemplateLimits",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTemplateLimits {
    /// 参数模板配额对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_limit: Option<TemplateLimit>,
}

/// 查询租户云联网实例: the response of `DescribeTenantCcns`.
///
/// 本接口（DescribeTenantCcns）用于获取要锁定的云联网实例列表。
///
/// 该接口一般用来封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间封禁, 只能按更粗的云联网实例粒度封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度封禁（DescribeCrossBorderCcnRegionBandwidthLimits）
///
/// 如有需要, 可以封禁任意云联网实例, 可接入到内部运营系统
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTenantCcns",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTenantCcns {
    /// 云联网（CCN）对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_set: Option<Vec<CcnInstanceInfo>>,
    /// 符合条件的对象总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询流量镜像过滤规则。: the response of `DescribeTrafficMirrorFilterRules`.
///
/// 查询流量镜像五元组过滤规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTrafficMirrorFilterRules",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficMirrorFilterRules {
    /// 流量镜像实例唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_id: Option<String>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 符合条件的实例数量。分页查询的时候，如果IngressFilterRules的长度加上IngressFilterRules的长度，小于limit的时候表示已经查询完毕。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries traffic mirroring for a user (用户查询流量镜像): the response of `DescribeTrafficMirrors`.
///
/// This API is used to query the information of a traffic mirroring instance.
///
/// 本接口（DescribeTrafficMirrors）用于查询流量镜像实例信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTrafficMirrors",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficMirrors {
    /// Traffic mirroring instance information.
    ///
    /// 流量镜像实例信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_set: Option<Vec<TrafficMirror>>,
    /// 符合条件的对象数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the list of shared traffic packages (查询共享流量包): the response of `DescribeTrafficPackages`.
///
/// This API is used to query the details of shared traffic packages.
///
/// 本接口 (DescribeTrafficPackages)  用于查询共享流量包详细信息，包括共享流量包唯一标识ID，名称，流量使用信息等
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTrafficPackages",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.TrafficPackageIdMalformed" = "该流量包ID不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficPackages {
    /// Number of eligible traffic packages
    ///
    /// 按照条件查询出来的流量包数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// Traffic package information
    ///
    /// 流量包信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_package_set: Option<Vec<TrafficPackage>>,
}

/// 查询流量调度规则: the response of `DescribeTrafficQosPolicy`.
///
/// 查询流量调度规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTrafficQosPolicy",
    errors("InvalidParameterValue.QosLevelRequired" = "必须携带服务等级。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficQosPolicy {
    /// 流量调度规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_qos_policy_set: Option<Vec<TrafficQosPolicySet>>,
}

/// Queries IP usage of the subnet or VPC (查看子网或者vpc内IP使用情况): the response of `DescribeUsedIpAddress`.
///
/// This API is used to query the IP usage of a subnet or VPC.
///
/// If the IP is occupied, the resource type and ID associated with the are is returned. If the IP is not used, it returns null.
///
/// 本接口(DescribeUsedIpAddress)用于查询Subnet或者Vpc内的ip的使用情况，
///
/// 如ip被占用，返回占用ip的资源类别与id；如未被占用，返回空值
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeUsedIpAddress",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeUsedIpAddress {
    /// Information of resources bound with the queried IPs
    ///
    /// Note: This parameter may return null, indicating that no valid values can be obtained.
    ///
    /// 占用ip地址的资源信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_states: Option<Vec<IpAddressStates>>,
    /// Number of taken IPs
    ///
    /// Note: This parameter may return null, indicating that no valid values can be obtained.
    ///
    /// 返回占用资源的个数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the endpoint list (查询终端节点列表): the response of `DescribeVpcEndPoint`.
///
/// This API is used to query the endpoint list.
///
/// 本接口（DescribeVpcEndPoint）用于查询终端节点列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcEndPoint",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "ResourceNotFound.SvcNotExist" = "Svc不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPoint {
    /// Endpoint
    ///
    /// 终端节点对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_set: Option<Vec<EndPoint>>,
    /// Number of matched endpoints
    ///
    /// 符合查询条件的终端节点个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_token: Option<String>,
}

/// Queries the endpoint service list (查询终端节点服务列表): the response of `DescribeVpcEndPointService`.
///
/// This API is used to query the endpoint service list.
///
/// 本接口（DescribeVpcEndPointService）用于查询终端节点服务列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcEndPointService",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.InstanceMismatch" = "指定实例资源不匹配。",
        "UnsupportedOperation.RoleNotFound" = "未找到相关角色，请确认角色是否授权。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPointService {
    /// Array of endpoint services
    ///
    /// 终端节点服务对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_set: Option<Vec<EndPointService>>,
    /// Number of matched results
    ///
    /// 符合查询条件的个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_token: Option<String>,
}

/// Queries the endpoint service allowlist (查询终端节点服务的服务白名单列表): the response of `DescribeVpcEndPointServiceWhiteList`.
///
/// This API is used to query the endpoint service allowlist.
///
/// 本接口（DescribeVpcEndPointServiceWhiteList）用于查询终端节点服务的服务白名单列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcEndPointServiceWhiteList",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPointServiceWhiteList {
    /// Array of allowed endpoint services
    ///
    /// 白名单对象数组。已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_user_set: Option<Vec<VpcEndPointServiceUser>>,
    /// 白名单对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_end_point_service_user_set: Option<Vec<VpcEndPointServiceUser>>,
    /// Number of matched allowlists
    ///
    /// 符合条件的白名单个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries a list of VCM instances on VPC (查询VPC下的云主机实例列表): the response of `DescribeVpcInstances`.
///
/// This API (DescribeVpcInstances) is used to query a list of VCM instances on VPC.
///
/// 本接口（DescribeVpcInstances）用于查询VPC下的云主机实例列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcInstances",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcInstances {
    /// List of CVM instances.
    ///
    /// 云主机实例列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<CvmInstance>>,
    /// The number of eligible CVM instances.
    ///
    /// 满足条件的云主机实例个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries the IPv6 list of a VPC (查询VPC内IPv6列表): the response of `DescribeVpcIpv6Addresses`.
///
/// This API (DescribeVpcIpv6Addresses) is used to query `VPC` `IPv6` information.
///
/// This API is used to query only the information of `IPv6` addresses that are already in use. When querying IPs that have not yet been used, this API will not report an error, but the IPs will not appear in the returned results.
///
/// 本接口（DescribeVpcIpv6Addresses）用于查询 `VPC` `IPv6` 信息。
///
/// 只能查询已使用的`IPv6`信息，当查询未使用的IP时，本接口不会报错，但不会出现在返回结果里。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcIpv6Addresses",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcIpv6Addresses {
    /// The `IPv6` address list.
    ///
    /// `IPv6`地址列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_set: Option<Vec<VpcIpv6Address>>,
    /// The total number of `IPv6` addresses.
    ///
    /// `IPv6`地址总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 获取私有网络配额: the response of `DescribeVpcLimits`.
///
/// 本接口（DescribeVpcLimits）用于获取私有网络配额，部分私有网络的配额有地域属性。
///
/// LimitTypes取值范围：
///
/// * appid-max-vpcs （每个开发商每个地域可创建的VPC数）。
///
/// * vpc-max-subnets（每个VPC可创建的子网数）。
///
/// * vpc-max-route-tables（每个VPC可创建的路由表数）。
///
/// * route-table-max-policies（每个路由表可添加的策略数）。
///
/// * vpc-max-vpn-gateways（每个VPC可创建的VPN网关数）。
///
/// * appid-max-custom-gateways（每个开发商可创建的对端网关数）。
///
/// * appid-max-vpn-connections（每个开发商可创建的VPN通道数）。
///
/// * custom-gateway-max-vpn-connections（每个对端网关可创建的VPN通道数）。
///
/// * vpn-gateway-max-custom-gateways（每个VPNGW可以创建的通道数）。
///
/// * vpc-max-network-acls（每个VPC可创建的网络ACL数）。
///
/// * network-acl-max-inbound-policies（每个网络ACL可添加的入站规则数）。
///
/// * network-acl-max-outbound-policies（每个网络ACL可添加的出站规则数）。
///
/// * vpc-max-vpcpeers（每个VPC可创建的对等连接数）。
///
/// * vpc-max-available-vpcpeers（每个VPC可创建的有效对等连接数）。
///
/// * vpc-max-basic-network-interconnections（每个VPC可创建的基础网络云主机与VPC互通数）。
///
/// * direct-connection-max-snats（每个专线网关可创建的SNAT数）。
///
/// * direct-connection-max-dnats（每个专线网关可创建的DNAT数）。
///
/// * direct-connection-max-snapts（每个专线网关可创建的SNAPT数）。
///
/// * direct-connection-max-dnapts（每个专线网关可创建的DNAPT数）。
///
/// * vpc-max-nat-gateways（每个VPC可创建的NAT网关数）。
///
/// * nat-gateway-max-eips（每个NAT可以购买的外网IP数量）。
///
/// * vpc-max-enis（每个VPC可创建弹性网卡数）。
///
/// * vpc-max-havips（每个VPC可创建HAVIP数）。
///
/// * eni-max-private-ips（每个ENI可以绑定的内网IP数（ENI未绑定子机））。
///
/// * nat-gateway-max-dnapts（每个NAT网关可创建的DNAPT数）。
///
/// * vpc-max-ipv6s（每个VPC可分配的IPv6地址数）。
///
/// * eni-max-ipv6s（每个ENI可分配的IPv6地址数）。
///
/// * vpc-max-assistant_cidrs（每个VPC可分配的辅助CIDR数）。
///
/// * appid-max-end-point-services （每个开发商每个地域可创建的终端节点服务个数）。
///
/// * appid-max-end-point-service-white-lists （每个开发商每个地域可创建的终端节点服务白名单个数）。
///
/// * vpc-max-cmcc-ipv6-cidrs （每个VPC可创建的移动IPv6 CIDR个数）。
///
/// * vpc-max-ctcc-ipv6-cidrs （每个VPC可创建的电信IPv6 CIDR个数）。
///
/// * vpc-max-cucc-ipv6-cidrs （每个VPC可创建的联调IPv6 CIDR个数）。
///
/// * vpc-max-bgp-ipv6-cidrs （每个VPC可创建的默认IPv6 CIDR个数）。
///
/// * vpc-max-custom-ipv6-cidrs （每个VPC可创建的自定义IPv6 CIDR个数）。
///
/// * vpc-max-ula-ipv6-cidrs （每个VPC可创建的ULA IPv6 CIDR个数）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcLimits",
    errors("InvalidParameterValue.LimitExceeded" = "参数值超出限制。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcLimits {
    /// 私有网络配额
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_limit_set: Option<Vec<VpcLimit>>,
}

/// 查询私有网络对等连接: the response of `DescribeVpcPeeringConnections`.
///
/// 查询私有网络对等连接。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcPeeringConnections",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcPeeringConnections {
    /// 满足条件的对等连接实例个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 对等连接实例列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_connection_set: Option<Vec<PeerConnection>>,
}

/// Queries the private IP information of a VPC (查询VPC内网IP信息): the response of `DescribeVpcPrivateIpAddresses`.
///
/// This API (DescribeVpcPrivateIpAddresses) is used to query the private IP information of a VPC.
///
/// This API is used to query only the information of IP addresses that are already in use. When querying IPs that have not yet been used, this API will not report an error, but the IPs will not appear in the returned results.
///
/// 本接口（DescribeVpcPrivateIpAddresses）用于查询VPC内网IP信息。
///
/// 只能查询已使用的IP信息，当查询未使用的IP时，本接口不会报错，但不会出现在返回结果里。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcPrivateIpAddresses",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcPrivateIpAddresses {
    /// The list of private `IP` address information.
    ///
    /// 内网`IP`地址信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_private_ip_address_set: Option<Vec<VpcPrivateIpAddress>>,
}

/// Views VPC resources. (查看VPC资源信息): the response of `DescribeVpcResourceDashboard`.
///
/// View VPC resources.
///
/// 本接口(DescribeVpcResourceDashboard)用于查看VPC资源信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcResourceDashboard",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcResourceDashboard {
    /// List of resource objects.
    ///
    /// 资源对象列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_dashboard_set: Option<Vec<ResourceDashboard>>,
}

/// Queries VPC async task execution results (查询VPC异步任务执行结果): the response of `DescribeVpcTaskResult`.
///
/// This API is used to query the execution result of a VPC task.
///
/// 本接口（DescribeVpcTaskResult）用于查询VPC任务执行结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcTaskResult",
    errors("InternalError.ModuleError" = "内部模块错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcTaskResult {
    /// The execution results of an async task. Valid values: `SUCCESS`(task executed successfully), `FAILED` (task execution failed), and `RUNNING` (task in progress).
    ///
    /// 异步任务执行结果。结果：SUCCESS、FAILED、RUNNING。3者其中之一。其中SUCCESS表示任务执行成功，FAILED表示任务执行失败，RUNNING表示任务执行中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// Output of the async task execution result
    ///
    /// 异步任务执行输出。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub output: Option<String>,
    /// Detailed result of an async task, such as the result of batch deleting ENIs.
    ///
    /// Note: this field may return `null`, indicating that no valid value can be obtained.
    ///
    /// 异步任务详细结果。只用于特殊场景，如批量删除弹性网卡时查询成功的网卡列表和失败的列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<VpcTaskResultDetailInfo>>,
}

/// Queries the VPC list (查询VPC列表): the response of `DescribeVpcs`.
///
/// This API (DescribeVpcs) is used to query the VPC list.
///
/// 本接口（DescribeVpcs）用于查询私有网络列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcs",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NotUtf8EncodingError" = "不是UTF8编码。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcs {
    /// The number of objects meeting the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The VPC object.
    ///
    /// VPC对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_set: Option<Vec<Vpc>>,
}

/// Queries the VPN tunnel list (查询VPN通道列表): the response of `DescribeVpnConnections`.
///
/// This API is used to used to query the list of VPN tunnels.
///
/// 本接口（DescribeVpnConnections）用于查询VPN通道列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnConnections",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnConnections {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// VPN tunnel instance.
    ///
    /// VPN通道实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_set: Option<Vec<VpnConnection>>,
}

/// Querying VPN gateway-based CCN routes (查询VPN网关云联网路由): the response of `DescribeVpnGatewayCcnRoutes`.
///
/// This API is used to query VPN gateway-based CCN routes.
///
/// 本接口（DescribeVpnGatewayCcnRoutes）用于查询VPN网关云联网路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnGatewayCcnRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewayCcnRoutes {
    /// The CCN route (IDC IP range) list.
    ///
    /// 云联网路由（IDC网段）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<VpngwCcnRoutes>>,
    /// Number of objects that meet the condition.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries routes of a VPN gateway (查询VPN网关路由): the response of `DescribeVpnGatewayRoutes`.
///
/// This API is used to query VPN gateway routes.
///
/// 本接口（DescribeVpnGatewayRoutes）用于查询VPN网关路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnGatewayRoutes",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewayRoutes {
    /// Destination routes of the VPN gateway
    ///
    /// VPN网关目的路由。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<VpnGatewayRoute>>,
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 路由条数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询SSL-VPN-CLIENT 列表: the response of `DescribeVpnGatewaySslClients`.
///
/// 本接口（DescribeVpnGatewaySslClients）用于查询SSL-VPN-CLIENT 列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnGatewaySslClients",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewaySslClients {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// SSL-VPN-CLIENT 实例列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_set: Option<Vec<SslVpnClient>>,
}

/// 查询SSL-VPN SERVER 列表: the response of `DescribeVpnGatewaySslServers`.
///
/// 本接口（DescribeVpnGatewaySslServers）用于查询SSL-VPN SERVER 列表信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnGatewaySslServers",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewaySslServers {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// SSL-VPN-SERVER 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_sever_set: Option<Vec<SslVpnSever>>,
}

/// Queries VPN gateways (查询VPN网关): the response of `DescribeVpnGateways`.
///
/// This API (DescribeVpnGateways) is used to query the VPN gateway list.
///
/// 本接口（DescribeVpnGateways）用于查询VPN网关列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpnGateways",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameter.FilterNotDict" = "指定过滤条件不是键值对。",
        "InvalidParameter.FilterValuesNotList" = "指定过滤选项值不是列表。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidVpnGatewayId.Malformed" = "无效的VPN网关,VPN实例ID不合法。",
        "InvalidVpnGatewayId.NotFound" = "无效的VPN网关,VPN实例不存在，请再次核实您输入的资源信息是否正确。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGateways {
    /// The number of instances meeting the filter condition.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// The list of details of VPN gateway instances.
    ///
    /// VPN网关实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_set: Option<Vec<VpnGateway>>,
}

/// Unbinds instances from a CCN (云联网解关联实例): the response of `DetachCcnInstances`.
///
/// This API (DetachCcnInstances) is used to unbind a specified network instance from a CCN instance.
///
/// After unbinding the network instance, the corresponding routing policy will also be deleted.
///
/// 本接口（DetachCcnInstances）用于从云联网实例中解关联指定的网络实例。
///
/// 解关联网络实例后，相应的路由策略会一并删除。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DetachCcnInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.AppIdNotFound" = "APPId不存在。",
        "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteNextHopNotAllowedDetach" = "云联网关联实例绑定了策略路由下一跳，不允许解关联，需要先解绑策略路由下一跳",
        "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteRuleNotAllowedDetach" = "云联网关联实例绑定了策略路由规则，不允许解关联，需要先解绑策略路由规则",
        "UnsupportedOperation.CcnNotAttached" = "实例未关联CCN。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachCcnInstances;

/// Deletes a Classiclink (删除基础网络互通): the response of `DetachClassicLinkVpc`.
///
/// This API is used to delete a Classiclink.
///
/// >?This API is async. You can call the [`DescribeVpcTaskResult`](https://intl.cloud.tencent.com/document/api/215/59037?from_cn_redirect=1) API to query the task result. When the task is completed, you can continue other tasks.
///
/// >
///
/// 本接口(DetachClassicLinkVpc)用于删除私有网络和基础网络设备互通。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DetachClassicLinkVpc",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachClassicLinkVpc;

/// Unbinds an ENI from a CVM (弹性网卡解绑云服务器): the response of `DetachNetworkInterface`.
///
/// This API is used to unbind an ENI from a CVM.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（DetachNetworkInterface）用于弹性网卡解绑云服务器。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)
///
/// 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DetachNetworkInterface",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.IdempotentParameterMismatch" = "指定的客户令牌已经被使用。",
        "UnsupportedOperation.IdempotentProcessing" = "先前的幂等请求仍在处理中，请稍后重试。",
        "UnsupportedOperation.InstanceAssociateHavip" = "实例在Havip漂移范围内，需要先解绑定关联。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachNetworkInterface;

/// Disassociates a snapshot policy with instances (快照策略解关联实例): the response of `DetachSnapshotInstances`.
///
/// This API is used to disassociate a snapshot policy with instances.
///
/// 本接口（DetachSnapshotInstances）用于快照策略解关联实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DetachSnapshotInstances",
    errors(
        "InvalidParameterValue.DuplicatePara" = "参数值存在重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.SnapshotInstanceRegionDiff" = "一次仅支持关联一个地域的实例。",
        "UnsupportedOperation.SnapshotNotAttached" = "实例未关联快照策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachSnapshotInstances;

/// Disables CCN routes (禁用云联网路由): the response of `DisableCcnRoutes`.
///
/// This API (DisableCcnRoutes) is used to disable CCN routes that are already enabled.
///
/// 本接口（DisableCcnRoutes）用于禁用已经启用的云联网（CCN）路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableCcnRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableCcnRoutes;

/// Disables flow log (停止流日志): the response of `DisableFlowLogs`.
///
/// This API is used to disable flow log.
///
/// 本接口（DisableFlowLogs）用于停止流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableFlowLogs",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableFlowLogs;

/// Disables gateway traffic monitor (关闭网关流量监控): the response of `DisableGatewayFlowMonitor`.
///
/// This API is used to disable gateway traffic monitor.
///
/// 本接口（DisableGatewayFlowMonitor）用于关闭网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableGatewayFlowMonitor",
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableGatewayFlowMonitor;

/// Disables subnet routes (禁用子网路由): the response of `DisableRoutes`.
///
/// This API is used to disable enabled subnet routes.
///
/// 本接口（DisableRoutes）用于禁用已启用的子网路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableRoutes",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.DisabledNotifyCcn" = "指定的路由策略已发布至云联网，请先撤销。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableRoutes;

/// Disables specified snapshot policies (停用快照策略): the response of `DisableSnapshotPolicies`.
///
/// This API is used to disable specified snapshot policies.
///
/// 本接口（DisableSnapshotPolicies）用于停用快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableSnapshotPolicies;

/// 禁用SSL-VPN-CLIENT 证书: the response of `DisableVpnGatewaySslClientCert`.
///
/// 禁用SSL-VPN-CLIENT 证书
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableVpnGatewaySslClientCert",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.SSLClientCertAlreadyDisableOrCertAbnormal" = "SslVpnClientIds：`vpnc-20f9b3d7` 证书状态已禁用或Client证书状态不可用，不支持禁用证书。",
        "UnsupportedOperation.SslVpnClientIdNotFound" = "SslVpnClientId 不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableVpnGatewaySslClientCert {
    /// 异步任务实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// Unbinds an EIP (解绑弹性公网IP): the response of `DisassociateAddress`.
///
/// This API is used to unbind an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP for short).
///
/// * This API supports unbinding an EIP from CVM instances and ENIs.
///
/// * This API does not support unbinding an EIP from a NAT Gateway. To unbind an EIP from a NAT Gateway, use the [`DisassociateNatGatewayAddress`](https://intl.cloud.tencent.com/document/api/215/36716?from_cn_redirect=1) API.
///
/// * Only EIPs in BIND or BIND_ENI status can be unbound.
///
/// * Blocked EIPs cannot be unbound.
///
/// 本接口 (DisassociateAddress) 用于解绑[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）。
///
/// * 支持CVM实例，弹性网卡上的EIP解绑。
///
/// * 不支持NAT上的EIP解绑。NAT上的EIP解绑请参考[DisassociateNatGatewayAddress](https://cloud.tencent.com/document/api/215/36716)。
///
/// * 只有状态为 BIND 和 BIND_ENI 的 EIP 才能进行解绑定操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateAddress",
    errors(
        "AddressQuotaLimitExceeded.DailyAllocate" = "申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。",
        "FailedOperation.AddressEniInfoNotFound" = "地址没有弹性网卡信息。",
        "FailedOperation.MasterEniNotFound" = "未找到实例的主网卡。",
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidAddressIdStatus.NotPermit" = "指定 EIP 当前状态不能进行绑定操作。只有 EIP 的状态是 UNBIND 时才能进行绑定操作。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.OnlySupportedForMasterNetworkCard" = "该操作仅对主网卡支持。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateAddress {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// DhcpIp解绑EIP: the response of `DisassociateDhcpIpWithAddressIp`.
///
/// 本接口（DisassociateDhcpIpWithAddressIp）用于将DhcpIp已绑定的弹性公网IP（EIP）解除绑定。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateDhcpIpWithAddressIp",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.UnbindEIP" = "未绑定EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateDhcpIpWithAddressIp;

/// Unbinds a direct connect gateway from a NAT Gateway (专线网关解绑NAT网关): the response of `DisassociateDirectConnectGatewayNatGateway`.
///
/// This API is used to unbind a direct connect gateway from a NAT Gateway. After unbinding, the direct connect gateway cannot access internet through the NAT Gateway.
///
/// 将专线网关与NAT网关解绑，解绑之后，专线网关将不能通过NAT网关访问公网
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateDirectConnectGatewayNatGateway",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateDirectConnectGatewayNatGateway;

/// HAVIP解绑定子机或网卡: the response of `DisassociateHaVipInstance`.
///
/// 本接口（DisassociateHaVipInstance）用于HAVIP解绑子机或网卡（去掉HaVip飘移范围）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateHaVipInstance",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateHaVipInstance;

/// Unbinds an EIPv6 (解绑弹性公网IPv6): the response of `DisassociateIPv6Address`.
///
/// This API is used to unbind an EIPv6 instance.
///
/// - You can unbind EIPv6 instances bound to Cloud Virtual Machine (CVM) or Elastic Network Interface (ENI).
///
/// - Only EIPv6 instances in BIND or BIND_ENI status can be unbound.
///
/// 本接口（DisassociateIPv6Address）用于解绑弹性公网 IPv6（简称EIPv6）实例。
///
/// - 支持对 CVM、弹性网卡绑定的 EIPv6 实例进行解绑操作。
///
/// - 只有状态为 BIND 和 BIND_ENI 的 EIPv6 实例才能进行解绑操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateIPv6Address",
    errors(
        "FailedOperation.AddressEniInfoNotFound" = "地址没有弹性网卡信息。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.TrafficExceedThreshold" = "资源业务带宽超过防误操作检测阈值。",
        "OperationDenied.TrafficValidationFailed" = "资源在防误操作检测期间流量验证失败。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateIPv6Address;

/// Unbinds an EIP from a NAT gateway (NAT网关解绑弹性IP): the response of `DisassociateNatGatewayAddress`.
///
/// This API is used to unbind an EIP from a NAT gateway.
///
/// 本接口（DisassociateNatGatewayAddress）用于NAT网关解绑弹性IP。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateNatGatewayAddress",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.NatGatewayRestricted" = "NAT网关已被封禁，不支持此操作。",
        "UnsupportedOperation.PublicIpAddressDisassociate" = "Nat网关至少存在一个弹性IP，弹性IP不能解绑。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNatGatewayAddress;

/// Disassociates a network ACL from a subnet (网络ACL解关联子网): the response of `DisassociateNetworkAclSubnets`.
///
/// This API is used to disassociate a network ACL from subnets in a VPC instance.
///
/// 本接口（DisassociateNetworkAclSubnets）用于网络ACL解关联VPC下的子网。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateNetworkAclSubnets",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNetworkAclSubnets;

/// Detaches a security group from an ENI. (弹性网卡解绑安全组): the response of `DisassociateNetworkInterfaceSecurityGroups`.
///
/// This API (DisassociateNetworkInterfaceSecurityGroups) is used to detach (or fully detach if possible) a security group from an ENI.
///
/// 本接口（DisassociateNetworkInterfaceSecurityGroups）用于弹性网卡解绑安全组。支持弹性网卡完全解绑安全组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateNetworkInterfaceSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNetworkInterfaceSecurityGroups;

/// Unbinds an endpoint from a security group (终端节点解绑安全组): the response of `DisassociateVpcEndPointSecurityGroups`.
///
/// This API is used to unbind an endpoint from a security group.
///
/// 本接口（DisassociateVpcEndPointSecurityGroups）用于终端节点解绑安全组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateVpcEndPointSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateVpcEndPointSecurityGroups;

/// Downloads a VPN tunnel configuration (下载VPN通道配置): the response of `DownloadCustomerGatewayConfiguration`.
///
/// This API is used to download VPN tunnel configurations.
///
/// 本接口（DownloadCustomerGatewayConfiguration）用于下载VPN通道配置。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DownloadCustomerGatewayConfiguration",
    errors(
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadCustomerGatewayConfiguration {
    /// Configuration information in XML format.
    ///
    /// XML格式配置信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub customer_gateway_configuration: Option<String>,
}

/// 下载SSL-VPN-CLIENT 客户端证书: the response of `DownloadVpnGatewaySslClientCert`.
///
/// 本接口（DownloadVpnGatewaySslClientCert）用于下载SSL-VPN-CLIENT 客户端证书。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DownloadVpnGatewaySslClientCert",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.SSLClientCertDisableUnsupportedDownloadSSLClientCert" = "SSL客户端状态不可用，不支持下载",
        "UnsupportedOperation.SslVpnClientIdNotFound" = "SslVpnClientId 不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadVpnGatewaySslClientCert {
    /// SSL-VPN 客户端配置。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_client_configs_set: Option<String>,
    /// SSL-VPN 客户端配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_client_config: Option<Vec<SslClientConfig>>,
    /// 是否鉴权成功 只有传入SamlToken 才生效，1为成功，0为失败。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub authenticated: Option<u64>,
}

/// Enables CCN routes (启用云联网路由): the response of `EnableCcnRoutes`.
///
/// This API (EnableCcnRoutes) is used to enable CCN routes that are already added.
///
/// This API is used to verify whether there will be conflict with an existing route after a CCN route is enabled. If there is a conflict, the route will not be enabled, and the process will fail. When a conflict occurs, you must disable the conflicting route before you can enable the desired route.
///
/// 本接口（EnableCcnRoutes）用于启用已经加入云联网（CCN）的路由。
///
/// 本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableCcnRoutes",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnRouteCidrOverlap" = "当前路由与已有路由的CIDR重叠，仅能开启其中一条路由。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableCcnRoutes;

/// Enables flow log (启动流日志): the response of `EnableFlowLogs`.
///
/// This API is used to enable flow log.
///
/// 本接口（EnableFlowLogs）用于启动流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableFlowLogs",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableFlowLogs;

/// Enables gateway traffic monitor (开启网关流量监控): the response of `EnableGatewayFlowMonitor`.
///
/// This API is used to enable gateway traffic monitor.
///
/// 本接口（EnableGatewayFlowMonitor）用于开启网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableGatewayFlowMonitor",
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableGatewayFlowMonitor;

/// Enables subnet routes (启用子网路由): the response of `EnableRoutes`.
///
/// This API is used to enable disabled subnet routes.
///
/// The API is used to verify whether the enabled route conflicts with existing routes. If they conflict, the new route cannot be enabled and will result in a failure. When a route conflict occurs, you need to first disable the conflicting route before you can enable the new one.
///
/// 本接口（EnableRoutes）用于启用已禁用的子网路由。
///
/// 本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableRoutes",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。",
        "UnsupportedOperation.EcmpWithCcnRoute" = "和云联网的路由形成ECMP。",
        "UnsupportedOperation.EcmpWithUserRoute" = "和用户自定义的路由形成ECMP。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableRoutes;

/// Enables specified snapshot policies (启用快照策略): the response of `EnableSnapshotPolicies`.
///
/// This API is used to enable specified snapshot policies.
///
/// 本接口（EnableSnapshotPolicies）用于启用快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableSnapshotPolicies;

/// Determines whether to accept the request of connecting with an endpoint (是否接受终端节点连接请求): the response of `EnableVpcEndPointConnect`.
///
/// This API is used to determine whether to accept the request of connecting with an endpoint.
///
/// 本接口（EnableVpcEndPointConnect）用于是否接受终端节点连接请求。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableVpcEndPointConnect",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableVpcEndPointConnect;

/// 启用SSL-VPN-CLIENT 证书: the response of `EnableVpnGatewaySslClientCert`.
///
/// 本接口（EnableVpnGatewaySslClientCert）用于启用SSL-VPN-CLIENT 证书。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableVpnGatewaySslClientCert",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.SSLClientCertAlreadyEnableOrCertAbnormal" = "SslVpnClientIds：`vpnc-20f9b3d7` 证书状态已启用或Client证书状态不可用，不支持启用证书。",
        "UnsupportedOperation.SslVpnClientIdNotFound" = "SslVpnClientId 不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableVpnGatewaySslClientCert {
    /// 异步任务实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// Obtains a pair of VPN tunnel health check addresses (获取一对VPN通道健康检查地址): the response of `GenerateVpnConnectionDefaultHealthCheckIp`.
///
/// This API is used to get a pair of VPN tunnel health check addresses.
///
/// 本接口（GenerateVpnConnectionDefaultHealthCheckIp）用于获取一对VPN通道健康检查地址。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "GenerateVpnConnectionDefaultHealthCheckIp",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateVpnConnectionDefaultHealthCheckIp {
    /// Local IP used for VPN tunnel health check
    ///
    /// VPN通道健康检查本端ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_local_ip: Option<String>,
    /// Remote IP used for VPN tunnel health check
    ///
    /// VPN通道健康检查对端ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_remote_ip: Option<String>,
}

/// Queries the inter-region bandwidth limits of a CCN (查询云联网相关地域带宽信息): the response of `GetCcnRegionBandwidthLimits`.
///
/// This API is used to query the bandwidth limits of a CCN instance. Monthly-subscribed CCNs only support Inter-region Bandwidth Limits, while the pay-as-you-go CCNs support both the Inter-region Bandwidth Limits and Region Outbound Bandwidth Limits.
///
/// 本接口（GetCcnRegionBandwidthLimits）用于查询云联网相关地域带宽信息，其中预付费模式的云联网仅支持地域间限速，后付费模式的云联网支持地域间限速和地域出口限速。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "GetCcnRegionBandwidthLimits",
    errors(
        "InvalidParameter.FilterInvalidKey" = "指定过滤条件不存在。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetCcnRegionBandwidthLimits {
    /// The outbound bandwidth limits of regions in a CCN instance.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 云联网（CCN）各地域出带宽详情。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_bandwidth_set: Option<Vec<CcnBandwidthInfo>>,
    /// The number of eligible objects.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Binds an EIP to an HAVIP (HAVIP绑定EIP): the response of `HaVipAssociateAddressIp`.
///
/// This API is used to bind an EIP to an HAVIP.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（HaVipAssociateAddressIp）用于高可用虚拟IP（HAVIP）绑定弹性公网IP（EIP）。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "HaVipAssociateAddressIp",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.BindEIP" = "已绑定EIP。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.UnsupportedBindLocalZoneEIP" = "不支持绑定LocalZone弹性公网IP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct HaVipAssociateAddressIp;

/// Unbinds an EIP from HAVIP (HAVIP解绑EIP): the response of `HaVipDisassociateAddressIp`.
///
/// This API is used to unbind an EIP from an HAVIP.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（HaVipDisassociateAddressIp）用于将高可用虚拟IP（HAVIP）已绑定的弹性公网IP（EIP）解除绑定。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "HaVipDisassociateAddressIp",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.UnbindEIP" = "未绑定EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct HaVipDisassociateAddressIp;

/// Queries the price of creating a direct connect gateway (创建专线网关询价): the response of `InquirePriceCreateDirectConnectGateway`.
///
/// This API is used to query the price of creating a direct connect gateway.
///
/// 本接口（DescribePriceCreateDirectConnectGateway）用于创建专线网关询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquirePriceCreateDirectConnectGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.UnbindEIP" = "未绑定EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceCreateDirectConnectGateway {
    /// Standard access fee for a direct connect gateway
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 专线网关标准接入费用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_cost: Option<i64>,
    /// Actual access fee for a direct connect gateway
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 专线网关真实接入费用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub real_total_cost: Option<i64>,
}

/// Queries new purchase of Elastic Public IP (弹性公网IP新购询价): the response of `InquiryPriceAllocateAddresses`.
///
/// This API (InquiryPriceAllocateAddresses) is used to query the price of purchasing EIPs.
///
/// 本接口（InquiryPriceAllocateAddresses）用于新购弹性公网IP询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceAllocateAddresses",
    errors(
        "FailedOperation.InvalidRegion" = "不支持的地域。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InvalidEgress" = "egress的值无效。",
        "InvalidParameterValue.UnavailableZone" = "该可用区不可用。",
        "InvalidParameterValue.UnsupportedEgress" = "账号不支持该egress",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.UnsupportedRegion" = "暂无法在此国家/地区提供该服务。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceAllocateAddresses {
    /// EIP price
    ///
    /// 弹性公网IP价格
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<InternetPrice>,
}

/// 创建VPN网关询价: the response of `InquiryPriceCreateVpnGateway`.
///
/// 本接口（InquiryPriceCreateVpnGateway）用于创建VPN网关询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceCreateVpnGateway",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceCreateVpnGateway {
    /// 商品价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Elastic Public IP Bandwidth Adjustment Pricing Inquiry (弹性公网IP调整带宽询价): the response of `InquiryPriceModifyAddressesBandwidth`.
///
/// This API is used to query the price of modifying EIP bandwidth.
///
/// 本接口（InquiryPriceModifyAddressesBandwidth）用于EIP修改带宽询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceModifyAddressesBandwidth",
    errors(
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.BandwidthTooSmall" = "选择带宽低于可允许的最小范围。",
        "InvalidParameterValue.EgressConflict" = "出口不一致",
        "InvalidParameterValue.ResourceExpired" = "该资源已过期。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceModifyAddressesBandwidth {
    /// Inquiry results for adjusting EIP bandwidth.
    ///
    /// 弹性公网IP调整带宽询价结果
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<InternetPrice>,
}

/// Queries the price of renewing elastic public IPs (弹性公网IP续费询价): the response of `InquiryPriceRenewAddresses`.
///
/// This API (InquiryPriceRenewAddresses) is used to query the price of renewing prepaid EIPs.
///
/// 本接口（InquiryPriceRenewAddresses）用于续费预付费弹性公网IP询价，只支持包月按带宽预付费的计费模式。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceRenewAddresses",
    errors(
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewAddresses {
    /// Elastic Public IP renewal price.
    ///
    /// 弹性公网IP续费价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<InternetPrice>,
}

/// Queries the price for VPN gateway renewal (续费VPN网关询价): the response of `InquiryPriceRenewVpnGateway`.
///
/// This API (InquiryPriceRenewVpnGateway) is used to query the price for VPN gateway renewal. Currently, only querying prices for IPSEC-type gateways is supported.
///
/// 本接口（InquiryPriceRenewVpnGateway）用于续费VPN网关询价。目前仅支持IPSEC类型网关的询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceRenewVpnGateway",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewVpnGateway {
    /// Product price.
    ///
    /// 商品价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the price for adjusting the bandwidth cap of a VPN gateway (调整VPN网关带宽上限询价): the response of `InquiryPriceResetVpnGatewayInternetMaxBandwidth`.
///
/// This API (InquiryPriceResetVpnGatewayInternetMaxBandwidth) is used to query the price for adjusting the bandwidth cap of a VPN gateway.
///
/// 本接口（InquiryPriceResetVpnGatewayInternetMaxBandwidth）用于调整VPN网关带宽上限询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceResetVpnGatewayInternetMaxBandwidth",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetVpnGatewayInternetMaxBandwidth {
    /// Product price.
    ///
    /// 商品价格。仅支持未过期的预付费网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 安全锁定云联网带宽: the response of `LockCcnBandwidths`.
///
/// 本接口（LockCcnBandwidths）用户锁定云联网限速实例。
///
/// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（LockCcns）。
///
/// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "LockCcnBandwidths",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct LockCcnBandwidths;

/// 安全锁定云联网实例: the response of `LockCcns`.
///
/// 本接口（LockCcns）用于锁定云联网实例
///
/// 该接口一般用来封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间封禁, 只能按更粗的云联网实例粒度封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度封禁（LockCcnBandwidths）
///
/// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "LockCcns",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct LockCcns;

/// 共享带宽包资源迁移接口: the response of `MigrateBandwidthPackageResources`.
///
/// 本接口 (MigrateBandwidthPackageResources) 用于共享带宽包之间迁移资源
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "MigrateBandwidthPackageResources",
    errors(
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.ResourceIdMalformed" = "资源ID不正确。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "LimitExceeded.BandwidthPackageResourceQuota" = "当前带宽包加入资源上限。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigrateBandwidthPackageResources;

/// Migrates an ENI (弹性网卡迁移): the response of `MigrateNetworkInterface`.
///
/// This API is used to migrate ENIs.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（MigrateNetworkInterface）用于弹性网卡迁移。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) \`接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "MigrateNetworkInterface",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigrateNetworkInterface;

/// Migrates private IPs of an ENI (弹性网卡内网IP迁移): the response of `MigratePrivateIpAddress`.
///
/// This API is used to migrate the private IPs between ENIs.
///
/// * Note that primary IPs cannot be migrated.
///
/// * The source and destination ENI must be within the same subnet.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（MigratePrivateIpAddress）用于弹性网卡内网IP迁移。
///
/// * 该接口用于将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡，主IP地址不支持迁移。
///
/// * 迁移前后的弹性网卡必须在同一个子网内。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "MigratePrivateIpAddress",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnauthorizedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnauthorizedOperation.PrimaryIp" = "主IP不支持指定操作。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。",
        "UnsupportedOperation.PrimaryIp" = "指定的值是主IP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigratePrivateIpAddress;

/// Modifies EIP attributes (修改弹性公网IP属性): the response of `ModifyAddressAttribute`.
///
/// This API (ModifyAddressAttribute) is used to modify the name of an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1).
///
/// 本接口 (ModifyAddressAttribute) 用于修改[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）的名称。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressAttribute",
    errors(
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameter.Conflict" = "指定的两个参数冲突，不能同时存在。",
        "InvalidParameterValue.AddressAlreadyHasPassThrough" = "指定的EIP已开启直通开关，无法再次开启",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni" = "实例不支持在网卡上显示EIP。支持的实例ID格式为 ins-xxxxxxxx 和 eks-xxxxxxxx",
        "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni" = "实例所属的VPC不支持在网卡上显示EIP",
        "InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni" = "私网IP是一个辅助IP，不支持其绑定的EIP在网卡上显示",
        "InvalidParameterValue.ResourceNotExisted" = "该资源不在此带宽包中。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.IncorrectAddressResourceType" = "该种类型地址不支持此操作。",
        "UnsupportedOperation.ModifyAddressAttribute" = "账户不支持修改公网IP的该属性。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressAttribute;

/// Adjusts EIP billing modes (调整弹性公网ip计费模式): the response of `ModifyAddressInternetChargeType`.
///
/// This API is used to adjust the network billing mode of an EIP. Please note that it's available to users whose network fees are billed on IPs but not CVMs.
///
/// * The network billing mode can be switched between `BANDWIDTH_PREPAID_BY_MONTH` and `TRAFFIC_POSTPAID_BY_HOUR`.
///
/// * The network billing mode for each EIP be changed for up to twice.
///
/// 该接口用于调整具有带宽属性弹性公网IP的网络计费模式
///
/// * 支持BANDWIDTH_PREPAID_BY_MONTH（包月按带宽预付费）和TRAFFIC_POSTPAID_BY_HOUR（流量按小时后付费）两种网络计费模式之间的切换。
///
/// * 每个弹性公网IP支持调整两次，次数超出则无法调整。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressInternetChargeType",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidAddressIdState.InArrears" = "指定EIP处于欠费状态。",
        "InvalidAddressState" = "指定EIP的当前状态不允许进行该操作。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotCalcIP" = "该地址不是CalcIP。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InternetChargeTypeNotChanged" = "网络计费模式没有更改。",
        "InvalidParameterValue.InvalidEgress" = "egress的值无效。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.UnsupportedEgress" = "账号不支持该egress",
        "LimitExceeded.ModifyAddressInternetChargeTypeQuota" = "修改地址网络计费模式配额超过限制。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。",
        "UnsupportedOperation.NatNotSupported" = "NAT实例不支持该操作。",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressInternetChargeType;

/// Modifies an IP address template (修改IP地址模板): the response of `ModifyAddressTemplateAttribute`.
///
/// This API (ModifyAddressTemplateAttribute) is used to modify an IP address template.
///
/// 本接口（ModifyAddressTemplateAttribute）用于修改IP地址模板。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressTemplateAttribute",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressTemplateAttribute;

/// Modifies an IP address template group (修改IP地址模板集合): the response of `ModifyAddressTemplateGroupAttribute`.
///
/// This API (ModifyAddressTemplateGroupAttribute) is used to modify an IP address template group.
///
/// 本接口（ModifyAddressTemplateGroupAttribute）用于修改IP地址模板集合。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressTemplateGroupAttribute",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressTemplateGroupAttribute;

/// Modifies the EIP bandwidth (调整弹性公网IP带宽): the response of `ModifyAddressesBandwidth`.
///
/// This API is used to adjust the bandwidth of [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), including EIP billed on a pay-as-you-go, monthly subscription, and bandwidth package basis.
///
/// 本接口（ModifyAddressesBandwidth）用于调整[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)(简称EIP)带宽，支持后付费EIP, 预付费EIP和带宽包EIP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressesBandwidth",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.AddressTypeConflict" = "当前IP地址类型不正确。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.BandwidthTooSmall" = "选择带宽低于可允许的最小范围。",
        "InvalidParameterValue.EgressConflict" = "出口不一致",
        "InvalidParameterValue.InconsistentInstanceInternetChargeType" = "该实例的计费方式与其他实例不同。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.InstanceNoCalcIP" = "该实例没有CalcIP，无法完成请求。",
        "InvalidParameterValue.InstanceNoWanIP" = "该实例没有WanIP，无法完成请求。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.ResourceExpired" = "该资源已过期。",
        "InvalidParameterValue.ResourceNotExisted" = "该资源不在此带宽包中。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.ActionNotFound" = "接口不存在。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.InstanceStateNotSupported" = "该地址绑定的实例状态不支持此操作。",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressesBandwidth {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Adjusts the renewal flag for the monthly subscription EIP (调整包月IP续费标识): the response of `ModifyAddressesRenewFlag`.
///
/// This API is used to adjust the renewal flag for the monthly subscription EIP.
///
/// 本接口（ModifyAddressesRenewFlag）用于调整EIP续费标识。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAddressesRenewFlag",
    errors(
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressesRenewFlag;

/// Modifies secondary CIDR blocks (修改辅助CIDR): the response of `ModifyAssistantCidr`.
///
/// This API is used to batch modify (add or delete) secondary CIDR blocks.
///
/// 本接口（ModifyAssistantCidr）用于批量修改辅助CIDR，支持新增和删除。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyAssistantCidr",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetConflict" = "子网CIDR冲突。",
        "InvalidParameterValue.SubnetOverlapAssistCidr" = "子网与辅助Cidr网段重叠。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpcCidrOverlapRoute" = "辅助Cidr与自定义子网路由目的Cidr网段完全重叠。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAssistantCidr {
    /// Array of secondary CIDR blocks.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
}

/// Modifies the attributes of a bandwidth package (修改带宽包属性): the response of `ModifyBandwidthPackageAttribute`.
///
/// This API is used to modify the attributes of a bandwidth package, including the bandwidth package name, and so on.
///
/// 接口用于修改带宽包属性，包括带宽包名称和计费模式
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyBandwidthPackageAttribute",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.Illegal" = "资源格式错误",
        "InvalidParameterValue.InvalidBandwidthPackageChargeType" = "无效的带宽包计费方式。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyBandwidthPackageAttribute;

/// ModifyBandwidthPackageBandwidth (调整共享带宽包带宽): the response of `ModifyBandwidthPackageBandwidth`.
///
/// This API is used to adjust the bandwidth of a [bandwidth package](https://www.tencentcloud.com/document/product/684/15245).
///
/// 接口用于调整[共享带宽包](https://cloud.tencent.com/document/product/684/15245)(BWP)带宽
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyBandwidthPackageBandwidth",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.InvalidOldBandwidth" = "旧的带宽值无效。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "OperationDenied.TrafficExceedThreshold" = "资源业务带宽超过防误操作检测阈值。",
        "OperationDenied.TrafficValidationFailed" = "资源在防误操作检测期间流量验证失败。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InvalidAction" = "不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyBandwidthPackageBandwidth;

/// Modifies CCN-associated instance attributes (修改CCN关联实例属性): the response of `ModifyCcnAttachedInstancesAttribute`.
///
/// This API is used to modify CCN-associated instance attributes. Currently, only the `description` can be modified.
///
/// 修改CCN关联实例属性，目前仅修改备注description
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnAttachedInstancesAttribute",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnAttachedInstancesAttribute;

/// Modifies CCN attributes (修改CCN属性): the response of `ModifyCcnAttribute`.
///
/// This API (ModifyCcnAttribute) is used to modify CCN attributes.
///
/// 本接口（ModifyCcnAttribute）用于修改云联网（CCN）的相关属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnRouteOverlapFlagDisableNotSupported" = "云联网路由重叠功能不支持关闭",
        "UnsupportedOperation.EnableMultiCcnBandwidth" = "开启了多份带宽，不支持关闭流量调度策略功能。",
        "UnsupportedOperation.ExistCcnRouteMatchRule" = "存在路由匹配规则，不支持关闭流量调度策略功能。",
        "UnsupportedOperation.ExistTrafficQosPolicy" = "存在非默认流量调度策略，不支持关闭流量调度策略功能。",
        "UnsupportedOperation.OnlyInterRegionLimitSupportedCreateTrafficQosPolicy" = "仅地域间限速模式才支持流量调度策略功能。",
        "UnsupportedOperation.TrafficQosPolicyBandwidth" = "流量调度策略分配带宽和地域间带宽不一致，不支持关闭流量调度策略功能。",
        "UnsupportedOperation.WhiteListNotAdd" = "没在白名单内，不支持当前操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnAttribute;

/// 更新云联网策略路由下一跳参数: the response of `ModifyCcnPolicyBasedRoutingNextHopAttribute`.
///
/// 更新云联网策略路由下一跳参数
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnPolicyBasedRoutingNextHopAttribute",
    errors("InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnPolicyBasedRoutingNextHopAttribute;

/// 更新云联网策略路由匹配规则参数: the response of `ModifyCcnPolicyBasedRoutingRuleAttribute`.
///
/// 更新云联网策略路由匹配规则参数
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnPolicyBasedRoutingRuleAttribute",
    errors("InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnPolicyBasedRoutingRuleAttribute;

/// Modifies the bandwidth limit policy of a postpaid instance (后付费产品修改带宽限速策略): the response of `ModifyCcnRegionBandwidthLimitsType`.
///
/// This API is used to modify the bandwidth limit policy of a postpaid CCN instance.
///
/// 本接口（ModifyCcnRegionBandwidthLimitsType）用于修改后付费云联网实例修改带宽限速策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnRegionBandwidthLimitsType",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.NotLockedInstanceOperation" = "当前实例已被封禁，无法进行此操作。",
        "UnsupportedOperation.NotPostpaidCcnOperation" = "当前云联网为非后付费类型，无法进行此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnRegionBandwidthLimitsType;

/// 修改云联网路由表: the response of `ModifyCcnRouteTables`.
///
/// 该接口用于修改云联网路由表名称和备注。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCcnRouteTables",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable" = "默认路由表，不支持修改。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnRouteTables;

/// 修改 IDC通道信息: the response of `ModifyCdcLDCXAttribute`.
///
/// 修改 IDC通道信息
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCdcLDCXAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable" = "默认路由表，不支持修改。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCdcLDCXAttribute;

/// 修改虚拟连接: the response of `ModifyCdcNetPlaneAttribute`.
///
/// 修改虚拟连接
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCdcNetPlaneAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable" = "默认路由表，不支持修改。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCdcNetPlaneAttribute;

/// Modifies a customer gateway (修改对端网关): the response of `ModifyCustomerGatewayAttribute`.
///
/// This API (ModifyCustomerGatewayAttribute) is used to modify the customer gateway information.
///
/// 本接口（ModifyCustomerGatewayAttribute）用于修改对端网关信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyCustomerGatewayAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.VpnUnsupportedModifyBgpAsn" = "VPN不支持修改BGP ASN。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCustomerGatewayAttribute;

/// 修改DhcpIp属性: the response of `ModifyDhcpIpAttribute`.
///
/// 本接口（ModifyDhcpIpAttribute）用于修改DhcpIp属性
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyDhcpIpAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDhcpIpAttribute;

/// Modifies the attributes of a direct connect gateway (修改专线网关属性): the response of `ModifyDirectConnectGatewayAttribute`.
///
/// This API is used to modify the attributes of a direct connect gateway.
///
/// 本接口（ModifyDirectConnectGatewayAttribute）用于修改专线网关属性
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyDirectConnectGatewayAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceUnavailable.DcgIpv6NeedVpcCreateIPv6Cidr" = "专线网关所在VPC未创建IPv6 CIDR，专线网关无法开启IPv6功能",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity" = "专线网关正在更新BGP Community属性。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDirectConnectGatewayAttribute;

/// Modifies the attributes of a flow log (修改流日志属性): the response of `ModifyFlowLogAttribute`.
///
/// This API is used to modify the attributes of a flow log.
///
/// 本接口（ModifyFlowLogAttribute）用于修改流日志属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyFlowLogAttribute",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.VpcIdNotNeededForFlowLog" = "流日志不能输入VPC唯一ID。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyFlowLogAttribute;

/// Adjusts the bandwidth limit of a gateway (调整网关流控带宽): the response of `ModifyGatewayFlowQos`.
///
/// This API is used to adjust the bandwidth limit of a gateway.
///
/// 本接口（ModifyGatewayFlowQos）用于调整网关流控带宽。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyGatewayFlowQos",
    errors(
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyGatewayFlowQos;

/// 修改全局路由ECMP的HASH算法: the response of `ModifyGlobalRouteECMPAlgorithm`.
///
/// 修改全局路由表ECMP算法 HASH 策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyGlobalRouteECMPAlgorithm",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyGlobalRouteECMPAlgorithm;

/// 修改全局路由。: the response of `ModifyGlobalRoutes`.
///
/// 修改全局路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyGlobalRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyGlobalRoutes;

/// Modifies HAVIP attributes (修改HAVIP属性): the response of `ModifyHaVipAttribute`.
///
/// This API (ModifyHaVipAttribute) is used to modify HAVIP attributes.
///
/// 本接口（ModifyHaVipAttribute）用于修改高可用虚拟IP（HAVIP）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyHaVipAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHaVipAttribute;

/// 修改高优路由表条目属性: the response of `ModifyHighPriorityRouteAttribute`.
///
/// 修改高优路由表条目属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyHighPriorityRouteAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHighPriorityRouteAttribute;

/// 修改高优路由ECMP的HASH算法: the response of `ModifyHighPriorityRouteECMPAlgorithm`.
///
/// 修改高优路由表 HASH 策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyHighPriorityRouteECMPAlgorithm",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHighPriorityRouteECMPAlgorithm;

/// 修改高优路由表属性: the response of `ModifyHighPriorityRouteTableAttribute`.
///
/// 修改高优路由表属性
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyHighPriorityRouteTableAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHighPriorityRouteTableAttribute;

/// Modifies EIPv6 attributes (修改弹性公网IPv6属性): the response of `ModifyIPv6AddressesAttributes`.
///
/// This API is used to modify the name of an EIPv6 instance.
///
/// - You can modify the name of both EIPv6 and traditional EIPv6 instances.
///
/// 本接口（ModifyIPv6AddressesAttributes）用于修改弹性公网 IPv6（简称EIPv6）实例名称。
///
/// - 支持对弹性公网 IPv6 和传统弹性公网 IPv6 实例名称进行修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIPv6AddressesAttributes",
    errors(
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni" = "实例不支持在网卡上显示EIP。支持的实例ID格式为 ins-xxxxxxxx 和 eks-xxxxxxxx",
        "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni" = "实例所属的VPC不支持在网卡上显示EIP",
        "InvalidParameterValue.TraditionalIPv6VisibleOnEniNotSupported" = "传统公网IPv6地址已默认支持在网卡上显示，无需单独开启此功能",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIPv6AddressesAttributes;

/// Modifies the EIPv6 bandwidth (调整弹性公网IPv6带宽): the response of `ModifyIPv6AddressesBandwidth`.
///
/// This API is used to modify the bandwidth cap of an EIPv6 instance.
///
/// 本接口（ModifyIPv6AddressesBandwidth）用于调整弹性公网 IPv6（简称EIPv6）实例的带宽上限。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIPv6AddressesBandwidth",
    errors(
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.TrafficExceedThreshold" = "资源业务带宽超过防误操作检测阈值。",
        "OperationDenied.TrafficValidationFailed" = "资源在防误操作检测期间流量验证失败。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIPv6AddressesBandwidth;

/// Adjusts the bandwidth limit of a classic elastic public IPv6 instance (调整传统弹性公网IPv6带宽): the response of `ModifyIp6AddressesBandwidth`.
///
/// This API is used to adjust the bandwidth limit of a classic elastic public IPv6 instance.
///
/// - You can adjust the bandwidth limit of only classic elastic public IPv6 instances.
///
/// - To adjust the bandwidth limit of an elastic public IPv6 instance, call the ModifyIPv6AddressesBandwidth API.
///
/// 本接口（ModifyIp6AddressesBandwidth）用于调整传统弹性公网 IPv6 实例的带宽上限。
///
/// - 仅支持对传统弹性公网 IPv6 实例的带宽上限进行调整。
///
/// - 如需调整弹性公网 IPv6 实例的带宽上限，请使用 [ModifyIPv6AddressesBandwidth](https://cloud.tencent.com/document/product/215/113674) 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIp6AddressesBandwidth",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.NotSupported" = "不支持此账户。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidAddressIdState.InArrears" = "指定EIP处于欠费状态。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "InvalidParameterValue.BandwidthOutOfRange" = "带宽超出限制。",
        "InvalidParameterValue.InvalidIpv6" = "无效的IPv6地址。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "OperationDenied.TrafficExceedThreshold" = "资源业务带宽超过防误操作检测阈值。",
        "OperationDenied.TrafficValidationFailed" = "资源在防误操作检测期间流量验证失败。",
        "UnsupportedOperation.AddressIpInArrear" = "欠费状态不支持该操作。",
        "UnsupportedOperation.AddressIpInternetChargeTypeNotPermit" = "此付费模式的IP地址不支持该操作。",
        "UnsupportedOperation.AddressIpNotSupportInstance" = "绑定此实例的IP地址不支持该操作。",
        "UnsupportedOperation.AddressIpStatusNotPermit" = "此IP地址状态不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIp6AddressesBandwidth {
    /// Task ID.
    ///
    /// 任务ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 修改IPV6转换规则属性: the response of `ModifyIp6Rule`.
///
/// 该接口用于修改IPV6转换规则，当前仅支持修改转换规则名称，IPV4地址和IPV4端口号
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIp6Rule",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.IPv6RuleNotChange" = "IPv6规则没有更改。",
        "InvalidParameterValue.Ip6RuleNotFound" = "未查询到该IPv6规则。",
        "InvalidParameterValue.Ip6TranslatorNotFound" = "未查询到该IPv6翻译器。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIp6Rule;

/// 修改IP6转换实例属性: the response of `ModifyIp6Translator`.
///
/// 该接口用于修改IP6转换实例属性，当前仅支持修改实例名称。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIp6Translator",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Ip6TranslatorNotFound" = "未查询到该IPv6翻译器。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIp6Translator;

/// Modifies the IPv6 address attributes of an ENI (修改弹性网卡IPv6地址属性): the response of `ModifyIpv6AddressesAttribute`.
///
/// This API (ModifyIpv6AddressesAttribute) is used to modify the private IPv6 address attributes of an ENI.
///
/// 本接口（ModifyIpv6AddressesAttribute）用于修改弹性网卡内网IPv6地址属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyIpv6AddressesAttribute",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "UnsupportedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIpv6AddressesAttribute;

/// Modifies a local gateway (修改本地网关): the response of `ModifyLocalGateway`.
///
/// This API is used to modify the local gateway of a CDC instance.
///
/// 本接口（ModifyLocalGateway）用于修改CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyLocalGateway;

/// 修改NAT网关高级属性: the response of `ModifyNatGatewayAdvancedAttribute`.
///
/// 本接口（ModifyNatGatewayAdvancedAttribute）用于修改NAT网关的高级属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNatGatewayAdvancedAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayAdvancedAttribute;

/// Modifies the attributes of a NAT gateway (修改NAT网关的属性): the response of `ModifyNatGatewayAttribute`.
///
/// This API is used to modify the attributes of a NAT gateway.
///
/// 本接口（ModifyNatGatewayAttribute）用于修改NAT网关的属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNatGatewayAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.InsufficientInternetServiceProviders" = "至少需要两个运营商"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayAttribute;

/// Modifies the port forwarding rule of a NAT gateway (修改NAT网关端口转发规则): the response of `ModifyNatGatewayDestinationIpPortTranslationNatRule`.
///
/// This API is used to modify the port forwarding rule of a NAT gateway.
///
/// 本接口（ModifyNatGatewayDestinationIpPortTranslationNatRule）用于修改NAT网关端口转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InvalidParameterValue.NatGatewayDnatRuleNotExists" = "NAT网关的DNAT转换规则不存在。",
        "InvalidParameterValue.NatGatewayDnatRulePipNeedVm" = "DNAT转换规则的内网IP需为虚拟机上网卡所用的IP。",
        "UnsupportedOperation.NatGatewayRulePipExists" = "SNAT/DNAT转换规则所指定的内网IP已绑定了其他的规则，无法重复绑定。",
        "UnsupportedOperation.RecordExists" = "记录已存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayDestinationIpPortTranslationNatRule;

/// Modifies a NAT gateway's SNAT forwarding rules (修改NAT网关SNAT转发规则): the response of `ModifyNatGatewaySourceIpTranslationNatRule`.
///
/// This API is used to modify a NAT gateway's SNAT forwarding rules.
///
/// 本接口（ModifyNatGatewaySourceIpTranslationNatRule）用于修改NAT网关SNAT转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNatGatewaySourceIpTranslationNatRule",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。",
        "UnsupportedOperation.UnbindEIP" = "未绑定EIP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewaySourceIpTranslationNatRule;

/// ModifyNetDetect (修改网络探测): the response of `ModifyNetDetect`.
///
/// This API (ModifyNetDetect) is used to modify network detection parameters.
///
/// 本接口(ModifyNetDetect)用于修改网络探测参数。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetDetect",
    errors(
        "FailedOperation.NetDetectTimeOut" = "网络探测超时，请稍后重试。",
        "InvalidParameter.NextHopMismatch" = "下一跳类型与下一跳网关不匹配。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NetDetectNotFoundIp" = "探测目的IP在云联网的路由表中找不到匹配的下一跳。",
        "InvalidParameterValue.NetDetectSameIp" = "探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.EcmpWithUserRoute" = "和用户自定义的路由形成ECMP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetDetect;

/// Modifies network ACL attributes (修改网络ACL属性): the response of `ModifyNetworkAclAttribute`.
///
/// This API is used to modify the attributes of a network ACL.
///
/// 本接口（ModifyNetworkAclAttribute）用于修改网络ACL属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkAclAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclAttribute;

/// Modifies network ACL rules (修改网络ACL规则): the response of `ModifyNetworkAclEntries`.
///
/// This API is used to modify (add or delete) the inbound and outbound rules of a network ACL. In `NetworkAclEntrySet` parameters,
///
/// * Passing in the new inbound/outbound rules will reset the original rules.
///
/// * Passing in the inbound rules will only reset the original inbound rules and not affect the original outbound rules, and vice versa.
///
/// 本接口（ModifyNetworkAclEntries）用于修改（包括添加和删除）网络ACL的入站规则和出站规则。在NetworkAclEntrySet参数中：
///
/// * 若同时传入入站规则和出站规则，则重置原有的入站规则和出站规则，并分别导入传入的规则。
///
/// * 若仅传入入站规则，则仅重置原有的入站规则，并导入传入的规则，不影响原有的出站规则（若仅传入出站规则，处理方式类似入站方向）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkAclEntries",
    errors(
        "InvalidParameter.AclTypeMismatch" = "ACL ID与ACL类型不匹配。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclEntries;

/// Updates the network ACL quintuple rules incrementally (增量更新网络ACL五元组规则接口): the response of `ModifyNetworkAclQuintupleEntries`.
///
/// This API is used to modify the in/outbound rules of the network ACL quintuple. In the `NetworkAclQuintupleEntrySet` parameters, `NetworkAclQuintupleEntryId` is required for `NetworkAclQuintupleEntry`.
///
/// 本接口（ModifyNetworkAclQuintupleEntries）用于修改网络ACL五元组的入站规则和出站规则。在NetworkAclQuintupleEntrySet参数中：NetworkAclQuintupleEntry需要提供NetworkAclQuintupleEntryId。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkAclQuintupleEntries",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclQuintupleEntries;

/// Modifies an ENI (修改弹性网卡): the response of `ModifyNetworkInterfaceAttribute`.
///
/// This API (ModifyNetworkInterfaceAttribute) is used to modify ENI attributes.
///
/// 本接口（ModifyNetworkInterfaceAttribute）用于修改弹性网卡属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkInterfaceAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.EniNotSupportTerminationProtection" = "网卡类型不支持删除保护。",
        "UnsupportedOperation.SubEniNotSupportTrunking" = "中继网卡不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkInterfaceAttribute;

/// 修改弹性网卡服务质量: the response of `ModifyNetworkInterfaceQos`.
///
/// 本接口（ModifyNetworkInterfaceQos）用于修改弹性网卡服务质量。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkInterfaceQos",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkInterfaceQos;

/// Modifies the private IP information of an ENI (修改弹性网卡内网IP信息): the response of `ModifyPrivateIpAddressesAttribute`.
///
/// This API (ModifyPrivateIpAddressesAttribute) is used to modify the private IP attributes of an ENI.
///
/// 本接口（ModifyPrivateIpAddressesAttribute）用于修改弹性网卡内网IP属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyPrivateIpAddressesAttribute",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateIpAddressesAttribute;

/// 修改私网NAT网关属性: the response of `ModifyPrivateNatGatewayAttribute`.
///
/// 本接口（ModifyPrivateNatGatewayAttribute）用于修改私网NAT网关属性
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyPrivateNatGatewayAttribute",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.AppIdMismatch" = "资源不在指定的AppId下。",
        "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity" = "专线网关正在更新BGP Community属性。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateNatGatewayAttribute;

/// 修改私网NAT网关目的端口转换规则: the response of `ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// 本接口（ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule）用于修改私网NAT网关目的端口转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule;

/// 修改私网NAT网关源端转换访问控制规则: the response of `ModifyPrivateNatGatewayTranslationAclRule`.
///
/// 本接口（ModifyPrivateNatGatewayTranslationAclRule）用于修改私网NAT网关源端转换访问控制规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyPrivateNatGatewayTranslationAclRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateNatGatewayTranslationAclRule;

/// 修改私网NAT网关源端转换规则: the response of `ModifyPrivateNatGatewayTranslationNatRule`.
///
/// 本接口（ModifyPrivateNatGatewayTranslationNatRule）用于修改私网NAT网关源端转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyPrivateNatGatewayTranslationNatRule",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.InVpcCidr" = "不能在VPC CIDR范围内。",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。",
        "InvalidParameterValue.NotInVpcCidr" = "必须在VPC CIDR范围内。",
        "InvalidParameterValue.PrivateNatNotExists" = "私网NAT网关不存在",
        "InvalidParameterValue.PrivateNatRuleNotExists" = "私网NAT网关规则不存在。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateNatGatewayTranslationNatRule;

/// Modifies a reserved private IP address (修改内网保留IP): the response of `ModifyReserveIpAddress`.
///
/// This API is used to modify a reserved private IP address.
///
/// 修改内网保留 IP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyReserveIpAddress",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyReserveIpAddress;

/// Modify the routing strategy attribute (修改路由策略属性): the response of `ModifyRoutePolicyAttribute`.
///
/// This API is used to modify the route reception policy attribute.
///
/// 本接口（ModifyRoutePolicyAttribute）用于修改路由接收策略属性属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyRoutePolicyAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRoutePolicyAttribute;

/// Modifies route table attributes (修改路由表属性): the response of `ModifyRouteTableAttribute`.
///
/// This API (ModifyRouteTableAttribute) is used to modify the attributes of a route table.
///
/// 本接口（ModifyRouteTableAttribute）用于修改路由表（RouteTable）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyRouteTableAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRouteTableAttribute;

/// 编辑云联网路由表选择策略: the response of `ModifyRouteTableSelectionPolicies`.
///
/// 该接口用于编辑云联网路由表选择策略
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyRouteTableSelectionPolicies",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CanNotAssignDefaultRouteTable" = "路由表选择策略不支持默认路由表。",
        "UnsupportedOperation.CcnRouteTableNotExist" = "指定的路由表不存在。",
        "UnsupportedOperation.InstanceNotExist" = "路由表选择策略配置的实例不存在。",
        "UnsupportedOperation.InvalidInstanceState" = "无效的实例状态。",
        "UnsupportedOperation.NotSupportSameCcnInstanceAndSourceAddress" = "不支持编辑相同的实例和源地址。",
        "UnsupportedOperation.RouteTableSelectPolicyExceed" = "当前云联网的路由表选择策略数量已超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRouteTableSelectionPolicies;

/// Modifies security group attributes (修改安全组属性): the response of `ModifySecurityGroupAttribute`.
///
/// This API (ModifySecurityGroupAttribute) is used to modify the attributes of a security group (SecurityGroupPolicy).
///
/// 本接口（ModifySecurityGroupAttribute）用于修改安全组（SecurityGroupPolicy）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySecurityGroupAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySecurityGroupAttribute;

/// Modifies the outbound and inbound policies of a security group (重置安全组出站和入站规则): the response of `ModifySecurityGroupPolicies`.
///
/// This API is used to reset the `Egress` and `Ingress` rules (SecurityGroupPolicy) of a security group.
///
/// - This API does not support custom indexes `PolicyIndex`.
///
/// - For `SecurityGroupPolicySet` parameter,
///
/// - If `SecurityGroupPolicySet.Version` is set to `0`, all policies will be cleared, and `Egress` and `Ingress` will be ignored.
///
/// - If `SecurityGroupPolicySet.Version` is not set to `0`, add `Egress` and `Ingress` policies:
///
/// - `Protocol`: `TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, or `ALL`.
///
/// - `CidrBlock`: a CIDR block in the correct format. In the classic network, even if the CIDR block specified in `CidrBlock` contains the Tencent Cloud private IPs that are not using for CVMs under your Tencent Cloud account, it does not mean this policy allows you to access those resources. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// - `Ipv6CidrBlock`: an IPv6 CIDR block in the correct format. In the classic network, even if the CIDR block specified in `Ipv6CidrBlock` contains the Tencent Cloud private IPv6 addresses that are not using for CVMs under your Tencent Cloud account, it does not mean this policy allows you to access those resources. The network isolation policies between tenants take priority over the private network policies in security groups.
///
/// - `SecurityGroupId`: ID of the security group. It can be the ID of a security group to be modified, or the ID of another security group in the same project. All private IPs of all CVMs under the security group will be covered. If this field is used, the policy will automatically change according to the CVM associated with the group ID while being used to match network messages. You don't need to change it manually.
///
/// - `Port`: a single port number such as 80, or a port range in the format of '8000-8010'.  You may use this field only if the `Protocol` field takes the value `TCP` or `UDP`.
///
/// - `Action`: only allows `ACCEPT` or `DROP`.
///
/// - `CidrBlock`, `Ipv6CidrBlock`, `SecurityGroupId`, and `AddressTemplate` are mutually exclusive. `Protocol` + `Port` and `ServiceTemplate` are mutually exclusive.
///
/// 本接口（ModifySecurityGroupPolicies）用于重置安全组出站和入站规则（SecurityGroupPolicy）。
///
/// - 该接口不支持自定义索引 PolicyIndex。
///
/// - 在 SecurityGroupPolicySet 参数中：
///
/// -  如果指定 SecurityGroupPolicySet.Version 为0, 表示清空所有规则，并忽略 Egress 和 Ingress。
///
/// -  如果指定 SecurityGroupPolicySet.Version 不为0, 在添加出站和入站规则（Egress 和 Ingress）时：
///
/// - Protocol 字段支持输入 TCP, UDP, ICMP, ICMPV6, GRE, ALL。
///
/// - CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。在基础网络中，如果 CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// - Ipv6CidrBlock 字段允许输入符合 IPv6 cidr 格式标准的任意字符串。在基础网络中，如果Ipv6CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IPv6，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。
///
/// - SecurityGroupId 字段允许输入与待修改的安全组位于相同项目中的安全组 ID，包括这个安全组 ID 本身，代表安全组下所有云服务器的内网 IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化，不需要重新修改。
///
/// - Port 字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当 Protocol 字段是 TCP 或 UDP 时，Port 字段才被接受。
///
/// - Action 字段只允许输入 ACCEPT 或 DROP。
///
/// - CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate 四者是排他关系，不允许同时输入，Protocol + Port 和 ServiceTemplate 二者是排他关系，不允许同时输入。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySecurityGroupPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.BpaasResources" = "资源在BPAAS审批中。",
        "UnsupportedOperation.ClbPolicyExceedLimit" = "负载均衡的安全组规则已达到上限。",
        "UnsupportedOperation.DuplicatePolicy" = "安全组规则重复。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySecurityGroupPolicies;

/// Modifies a protocol port template (修改协议端口模板): the response of `ModifyServiceTemplateAttribute`.
///
/// This API (ModifyServiceTemplateAttribute) is used to modify a protocol port template.
///
/// 本接口（ModifyServiceTemplateAttribute）用于修改协议端口模板。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyServiceTemplateAttribute",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyServiceTemplateAttribute;

/// Modifies a protocol port template group (修改协议端口模板集合): the response of `ModifyServiceTemplateGroupAttribute`.
///
/// This API (ModifyServiceTemplateGroupAttribute) is used to modify a protocol port template group.
///
/// 本接口（ModifyServiceTemplateGroupAttribute）用于修改协议端口模板集合。
///
/// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
///
/// >
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyServiceTemplateGroupAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyServiceTemplateGroupAttribute;

/// Modifies specified snapshot policies (修改快照策略): the response of `ModifySnapshotPolicies`.
///
/// This API is used to modify specified snapshot policies.
///
/// 本接口（ModifySnapshotPolicies）用于修改快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySnapshotPolicies",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.SnapshotBackupTypeModify" = "快照备份策略不支持修改。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySnapshotPolicies;

/// Modifies subnet attributes (修改子网属性): the response of `ModifySubnetAttribute`.
///
/// This API (ModifySubnetAttribute) is used to modify subnet attributes.
///
/// 本接口（ModifySubnetAttribute）用于修改子网属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySubnetAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySubnetAttribute;

/// Modifies a parameter template (修改模板对象成员): the response of `ModifyTemplateMember`.
///
/// This API is used to modify a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
///
/// 修改模板对象中的IP地址、协议端口、IP地址组、协议端口组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyTemplateMember",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyTemplateMember;

/// Modifies traffic mirroring attributes (修改流量镜像属性): the response of `ModifyTrafficMirrorAttribute`.
///
/// This API is used to modify the attributes of a traffic mirroring instance.
///
/// Note: Only the name and description can be modified.
///
/// 本接口（ModifyTrafficMirrorAttribute）用于修改流量镜像实例属性。
///
/// 注意：只支持修改名字和描述信息
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyTrafficMirrorAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyTrafficMirrorAttribute;

/// 修改流量镜像过滤规则。: the response of `ModifyTrafficMirrorFilterRules`.
///
/// 修改流量镜像五元组过滤规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyTrafficMirrorFilterRules",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyTrafficMirrorFilterRules;

/// Modifies VPC attributes (修改VPC属性): the response of `ModifyVpcAttribute`.
///
/// This API (ModifyVpcAttribute) is used to modify VPC attributes.
///
/// 本接口（ModifyVpcAttribute）用于修改私有网络（VPC）的相关属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpcAttribute",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.CdcPublishNeedCdcId" = "配置Cdc子网发布前需要先设置VPC属性CdcId。",
        "UnsupportedOperation.EnableMulticast" = "当前地域不支持启用组播。",
        "UnsupportedOperation.NotSupportedUpdateCcnRoutePublish" = "当前云联网不支持更新路由发布。",
        "UnsupportedOperation.SubnetMismatchVpcCdcId" = "子网与Vpc配置的CdcId不一致。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcAttribute;

/// Modifies endpoint attributes (修改终端节点属性): the response of `ModifyVpcEndPointAttribute`.
///
/// This API is used to modify endpoint attributes.
///
/// 本接口（ModifyVpcEndPointAttribute）用于修改终端节点属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpcEndPointAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceNotFound.SvcNotExist" = "Svc不存在。",
        "UnsupportedOperation.SpecialEndPointService" = "指定的终端节点服务所创建的终端节点不支持绑定安全组。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcEndPointAttribute;

/// Modifies endpoint service attributes (修改终端节点服务属性): the response of `ModifyVpcEndPointServiceAttribute`.
///
/// This API is used to modify the VPC endpoint service attributes.
///
/// 本接口（ModifyVpcEndPointServiceAttribute）用于修改终端节点服务属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpcEndPointServiceAttribute",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcEndPointServiceAttribute;

/// Modifies the attributes of the endpoint service allowlist (修改终端节点服务白名单属性): the response of `ModifyVpcEndPointServiceWhiteList`.
///
/// This API is used to modify the attributes of the endpoint service allowlist.
///
/// 本接口（ModifyVpcEndPointServiceWhiteList）用于修改终端节点服务白名单属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpcEndPointServiceWhiteList",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcEndPointServiceWhiteList;

/// 修改私有网络对等连接属性: the response of `ModifyVpcPeeringConnection`.
///
/// 本接口（ModifyVpcPeeringConnection）用于修改私有网络对等连接属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpcPeeringConnection",
    errors(
        "InvalidParameterValue.Combination" = "非法入参组合。",
        "InvalidParameterValue.DuplicateRegion" = "本端地域和端地域重复。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.VpcPeerAvaLimitExceeded" = "有效的对等个数超过配额上限。",
        "LimitExceeded.VpcPeerTotalLimitExceeded" = "可创建的对等连接个数超过总上限。",
        "UnauthorizedOperation.VpcPeerCidrConflict" = "对等连接本端VPC与对端VPC存在CIDR冲突,或一端与已建立的对等连接某一端冲突。",
        "UnsupportedOperation.PurchaseLimit" = "当前账号不能在该地域使用产品。",
        "UnsupportedOperation.VpcPeerAlreadyExist" = "对等连接已存在。",
        "UnsupportedOperation.VpcPeerCidrConflict" = "VPC网段存在CIDR冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcPeeringConnection;

/// Modifies the VPN tunnel (修改VPN通道): the response of `ModifyVpnConnectionAttribute`.
///
/// This API (ModifyVpnConnectionAttribute) is used to modify VPN tunnels.
///
/// 本接口（ModifyVpnConnectionAttribute）用于修改VPN通道。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnConnectionAttribute",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpnConnCidrConflict" = "目的网段和当前VPN通道的CIDR冲突。",
        "InvalidParameterValue.VpnConnHealthCheckIpConflict" = "VPN通道探测ip冲突。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck" = "VPN SPD通道不支持配置健康检查",
        "UnsupportedOperation.VpnConnInvalidState" = "当前通道为非可用状态，不支持该操作。",
        "UnsupportedOperation.VpnConnSPDOverlap" = "SPD本端网段冲突，请检查后重试。",
        "UnsupportedOperation.VpnUnsupportedUsrGwNotExistBgpAsn" = "对端网关不存在BGP ASN。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnConnectionAttribute;

/// Modifies VPN gateway attributes (修改VPN网关属性): the response of `ModifyVpnGatewayAttribute`.
///
/// This API (ModifyVpnGatewayAttribute) is used to modify the attributes of VPN gateways.
///
/// 本接口（ModifyVpnGatewayAttribute）用于修改VPN网关属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewayAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.VpnUnsupportedModifyBgpAsn" = "VPN不支持修改BGP ASN。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayAttribute;

/// Modifying VPN gateway-based CCN routes (修改VPN网关云联网路由): the response of `ModifyVpnGatewayCcnRoutes`.
///
/// This API is used to modify VPN gateway-based CCN routes.
///
/// 本接口（ModifyVpnGatewayCcnRoutes）用于修改VPN网关云联网路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewayCcnRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayCcnRoutes;

/// Modifies the route status of a VPN gateway (修改VPN路由状态): the response of `ModifyVpnGatewayRoutes`.
///
/// This API is used to modify VPN gateway routes.
///
/// 本接口（ModifyVpnGatewayRoutes）用于修改VPN路由是否启用。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewayRoutes",
    errors(
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn" = "3.1以下版本VPN网关不支持配置ecmp路由"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayRoutes {
    /// Route information of the VPN gateway
    ///
    /// Note: this field may return `null`, indicating that no valid value is obtained.
    ///
    /// VPN路由信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<VpnGatewayRoute>>,
}

/// 更新SslVpnClient证书: the response of `ModifyVpnGatewaySslClientCert`.
///
/// 更新SslVpnClient证书
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewaySslClientCert",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.SslVpnClientIdNotFound" = "SslVpnClientId 不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewaySslClientCert {
    /// 异步任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<i64>,
}

/// 修改SSL-VPN 服务端属性: the response of `ModifyVpnGatewaySslServer`.
///
/// 本接口用于修改 SSL-VPN 服务端属性
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewaySslServer",
    errors(
        "InvalidParameterValue.CidrConflict" = "指定CIDR存在重叠。",
        "InvalidParameterValue.CidrNotInSslVpnVpc" = "指定CIDR不在SSL-VPN所属私有网络CIDR内。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "LimitExceeded.SslVpnClientLimitExceeded" = "SSL-VPN客户端个数大于SSL-VPN-SERVER客户端地址池能够分配的个数。",
        "UnsupportedOperation.ParameterSslVpnProtocol" = "参数 `SslVpnProtocol` 不支持修改。",
        "UnsupportedOperation.VersionNotSupported" = "当前VPN版本小于4.0，不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewaySslServer {
    /// 异步任务TASKID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<i64>,
}

/// Publishes a route to CCN (发布路由至云联网): the response of `NotifyRoutes`.
///
/// This API is used to publish a route to CCN. This can also be done by clicking "Publish to CCN" in the operation column on the page of route table list.
///
/// 本接口（NotifyRoutes）用于路由表列表页操作增加“发布到云联网”，发布路由到云联网。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "NotifyRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidRouteId.NotFound" = "无效的路由策略ID（RouteId）。",
        "InvalidRouteTableId.Malformed" = "无效的路由表,路由表实例ID不合法。",
        "InvalidRouteTableId.NotFound" = "无效的路由表,路由表资源不存在，请再次核实您输入的资源信息是否正确。",
        "UnsupportedOperation.AssociatedVpcOfCcnHadNatRoute" = "CCN关联的其他vpc已经存在nat的路由",
        "UnsupportedOperation.CcnNotAttached" = "实例未关联CCN。",
        "UnsupportedOperation.InvalidStatusNotifyCcn" = "当前状态不支持发布至云联网，请重试。",
        "UnsupportedOperation.NotifyCcn" = "指定的路由策略不支持发布或撤销至云联网。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyRoutes;

/// Refreshes the routes of a NAT gateway associated with Direct Connect (刷新专线直连NAT路由): the response of `RefreshDirectConnectGatewayRouteToNatGateway`.
///
/// This API is used to refresh the route between a NAT gateway and  Direct Connect and update the associated route table.
///
/// 刷新专线直连nat路由，更新nat到专线的路由表
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RefreshDirectConnectGatewayRouteToNatGateway",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshDirectConnectGatewayRouteToNatGateway {
    /// IDC subnet information
    ///
    /// IDC子网信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_subnet_set: Option<Vec<DirectConnectSubnet>>,
}

/// Rejects instance association (云联网拒绝关联实例): the response of `RejectAttachCcnInstances`.
///
/// This API (RejectAttachCcnInstances) is used to reject association operations when instances are associated across accounts for the CCN owner.
///
/// 本接口（RejectAttachCcnInstances）用于跨账号关联实例时，云联网所有者拒绝关联操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RejectAttachCcnInstances",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.CcnNotAttached" = "实例未关联CCN。",
        "UnsupportedOperation.NotPendingCcnInstance" = "当前云联网实例未处于申请中状态，无法进行操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RejectAttachCcnInstances;

/// 驳回对等连接: the response of `RejectVpcPeeringConnection`.
///
/// 本接口（RejectVpcPeeringConnection）用于驳回对等连接请求。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RejectVpcPeeringConnection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcPeerInvalidStateChange" = "对等连接状态错误。",
        "UnsupportedOperation.VpcPeerPurviewError" = "该账不能发起操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RejectVpcPeeringConnection;

/// Releases the EIP (释放弹性公网IP): the response of `ReleaseAddresses`.
///
/// This API (ReleaseAddresses) is used to release one or multiple [Elastic IPs](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1).
///
/// * This operation is irreversible. Once you release an EIP, the IP address associated with the EIP no longer belongs to you.
///
/// * Only EIPs in UNBIND status can be released.
///
/// 本接口 (ReleaseAddresses) 用于释放一个或多个[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）。
///
/// * 该操作不可逆，释放后 EIP 关联的 IP 地址将不再属于您的名下。
///
/// * 只有状态为 UNBIND 的 EIP 才能进行释放操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReleaseAddresses",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidAddressState" = "指定EIP的当前状态不允许进行该操作。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressInternetChargeTypeConflict" = "该地址计费方式与其他地址冲突。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "InvalidParameterValue.AddressTypeConflict" = "当前IP地址类型不正确。",
        "LimitExceeded.AccountReturnQuota" = "账号退还配额超过限制。",
        "OperationDenied.AddressDeletionProtectionEnabled" = "EIP实例开启了删除保护开关。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseAddresses {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Releases an EIPv6 (释放弹性公网IPv6): the response of `ReleaseIPv6Addresses`.
///
/// This API is used to release one or more EIPv6 instances.
///
/// - You can release the obtained EIPv6 instances. To use them again, please reapply.
///
/// - Only EIPv6 instances in UNBIND status can be released.
///
/// 本接口（ReleaseIPv6Addresses）用于释放一个或多个弹性公网IPv6（简称EIPv6）实例。
///
/// - 支持对已申请到的弹性公网 IPv6 实例进行释放操作，如需再次使用，请重新申请。
///
/// - 只有状态为 UNBIND 的 EIPv6 实例才能进行释放操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReleaseIPv6Addresses",
    errors(
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "OperationDenied.AddressDeletionProtectionEnabled" = "EIP实例开启了删除保护开关。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseIPv6Addresses;

/// Releases the IPv6 public network bandwidth (关闭IPv6公网带宽): the response of `ReleaseIp6AddressesBandwidth`.
///
/// This API is used to release the IPv6 public network bandwidth of classic elastic public IPv6 instances.
///
/// - Classic elastic public IPv6 addresses still have the IPv6 private network communication capability after the public network bandwidth is released.
///
/// - To allocate IPV6 public network bandwidth, call the AllocateIp6AddressesBandwidth API.
///
/// 本接口（ReleaseIp6AddressesBandwidth）用于为传统弹性公网 IPv6 实例关闭 IPv6 公网带宽。
///
/// - 传统弹性公网 IPv6 实例关闭公网带宽后，仍具备 IPv6 内网通信能力。
///
/// - 如需再次开通 IPv6 公网带宽，请使用 [AllocateIp6AddressesBandwidth](https://cloud.tencent.com/document/product/215/40090) 接口进行开通。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReleaseIp6AddressesBandwidth",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressIpNotFound" = "IP地址未找到。",
        "InvalidParameterValue.InvalidIpv6" = "无效的IPv6地址。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseIp6AddressesBandwidth {
    /// Asynchronous task ID. You can call the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Deletes a bandwidth package resource (删除带宽包资源): the response of `RemoveBandwidthPackageResources`.
///
/// This API is used to delete a bandwidth package resource, including [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), [Cloud Load Balancer](https://intl.cloud.tencent.com/document/product/214/517?from_cn_redirect=1), and so on.
///
/// 接口用于删除带宽包资源，包括[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)和[负载均衡](https://cloud.tencent.com/document/product/214/517)等
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RemoveBandwidthPackageResources",
    errors(
        "FailedOperation.IpTypeNotPermit" = "不支持的IP类型。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "带宽包ID不正确。",
        "InvalidParameterValue.BandwidthPackageNotFound" = "未查询到该带宽包。",
        "InvalidParameterValue.ResourceIdMalformed" = "资源ID不正确。",
        "InvalidParameterValue.ResourceNotExisted" = "该资源不在此带宽包中。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "该带宽包不支持此操作。",
        "UnsupportedOperation.InvalidResourceProtocol" = "不支持加入此协议的带宽包。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveBandwidthPackageResources;

/// 删除IPV6转换规则: the response of `RemoveIp6Rules`.
///
/// 1. 该接口用于删除IPV6转换规则
///
/// 2. 支持批量删除同一个转换实例下的多个转换规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RemoveIp6Rules",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Ip6RuleNotFound" = "未查询到该IPv6规则。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveIp6Rules;

/// 续费包月带宽弹性公网IP: the response of `RenewAddresses`.
///
/// 本接口（RenewAddresses）用于续费包月带宽计费模式的弹性公网IP。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RenewAddresses",
    errors(
        "FailedOperation.BalanceInsufficient" = "账户余额不足。",
        "InvalidAddressId.NotFound" = "指定的EIP不存在。",
        "InvalidParameterValue.AddressIdMalformed" = "该地址ID不合法。",
        "InvalidParameterValue.AddressNotFound" = "未找到该地址。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RenewAddresses;

/// Renews a VPN gateway (续费VPN网关): the response of `RenewVpnGateway`.
///
/// This API (RenewVpnGateway) is used to renew prepaid (yearly/monthly subscription) VPN gateways. Currently, only IPSEC gateways are supported.
///
/// 本接口（RenewVpnGateway）用于预付费（包年包月）VPN网关续费。目前只支持IPSEC网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RenewVpnGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RenewVpnGateway;

/// 替换云联网路由传播策略: the response of `ReplaceCcnRouteTableBroadcastPolicys`.
///
/// 本接口(ReplaceCcnRouteTableBroadcastPolicys)用于替换云联网路由表路由传播策略。
///
/// > 特别注意：是全量覆盖，非增量添加
///
/// **路由条件支持以下四种：**
///
/// - 实例类型: `instance-type`，可选值：私有网络 `VPC`、专线网关 `DIRECTCONNECT`、VPN网关 `VPNGW`
///
/// - 实例ID: `instance-id`，例如：`dcg-8zljkrft`、`vpc-jdevjrup`，暂不支持 `Edge` 实例
///
/// - 实例地域: `instance-region`，例如：`ap-guangzhou`
///
/// 产品支持的所有地域列表可通过接口 [DescribeRegions](https://cloud.tencent.com/document/product/1596/77930) 查询，其中参数 `Product` 设置为 `ccn`
///
/// - 路由前缀: `cidr-block`，例如：`10.1.0.0/16`
///
/// **传播条件支持以下三种：**
///
/// - 实例类型: `instance-type`，格式同路由条件
///
/// - 实例ID: `instance-id`，格式同路由条件
///
/// - 实例地域: `instance-region`，格式同路由条件
///
/// **使用限制：**
///
/// - 一条策略内的单个条件类型，最大支持设置 `25` 个条件值
///
/// - 一张路由表，最大支持 `100` 条路由传播策略
///
/// - 路由条件类型中，只有 `cidr-block` 类型支持模糊匹配和精确匹配两种，其它类型只支持精确匹配一种模式
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceCcnRouteTableBroadcastPolicys",
    errors(
        "InvalidParameter.InvalidKey" = "指定参数值不是预期的字典格式。",
        "InvalidParameter.NotDict" = "指定参数值不是键值对。",
        "InvalidParameter.NotList" = "指定参数值不是一个列表。",
        "InvalidParameter.NotStr" = "指定键值不是一个字符串型。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "LimitExceeded.CcnRouteBroadcastPolicy" = "云联网路由传播策略数量已达到上限。",
        "LimitExceeded.CcnRouteBroadcastPolicyCond" = "云联网路由传播策略条件数量已达到上限。",
        "UnsupportedOperation.BroadcastConditionMustBeVpgTypeOrVpgInstance" = "添加 community 时，传播条件只支持 vpg 类型或 vpg 实例",
        "UnsupportedOperation.CcnNotEnableBroadcastPolicy" = "当前云联网未开启路由传播策略。",
        "UnsupportedOperation.CcnNotEnableCommunity" = "添加 community 时，vpg 需要开通传播 community 白名单"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceCcnRouteTableBroadcastPolicys;

/// 替换云联网路由接收策略: the response of `ReplaceCcnRouteTableInputPolicys`.
///
/// 本接口(ReplaceRouteTableInputPolicys)用于替换云联网路由表路由接收策略。
///
/// > 特别注意：是全量覆盖，非增量添加
///
/// **路由条件支持以下四种：**
///
/// - 实例类型: `instance-type`，可选值：私有网络 `VPC`、专线网关 `DIRECTCONNECT`、VPN网关 `VPNGW`
///
/// - 实例ID: `instance-id`，例如：`dcg-8zljkrft`、`vpc-jdevjrup`，暂不支持 `Edge` 实例
///
/// - 实例地域: `instance-region`，例如：`ap-guangzhou`
///
/// 产品支持的所有地域列表可通过接口 [DescribeRegions](https://cloud.tencent.com/document/product/1596/77930) 查询，其中参数 `Product` 设置为 `ccn`
///
/// - 路由前缀: `cidr-block`，例如：`10.1.0.0/16`
///
/// **使用限制：**
///
/// - 一条策略内的单个条件类型，最大支持设置 `25` 个条件值
///
/// - 一张路由表，最大支持 `100` 条路由接收策略
///
/// - 路由条件类型中，只有 `cidr-block` 类型支持模糊匹配和精确匹配两种，其它类型只支持精确匹配一种模式
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceCcnRouteTableInputPolicys",
    errors(
        "InvalidParameter.InvalidKey" = "指定参数值不是预期的字典格式。",
        "InvalidParameter.NotDict" = "指定参数值不是键值对。",
        "InvalidParameter.NotList" = "指定参数值不是一个列表。",
        "InvalidParameter.NotStr" = "指定键值不是一个字符串型。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "LimitExceeded.CcnRouteBroadcastPolicy" = "云联网路由传播策略数量已达到上限。",
        "LimitExceeded.CcnRouteBroadcastPolicyCond" = "云联网路由传播策略条件数量已达到上限。",
        "UnsupportedOperation.CcnNotEnableBroadcastPolicy" = "当前云联网未开启路由传播策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceCcnRouteTableInputPolicys;

/// Replaces the CCN routes of a Direct Connect gateway (替换专线网关云联网路由): the response of `ReplaceDirectConnectGatewayCcnRoutes`.
///
/// This API (ReplaceDirectConnectGatewayCcnRoutes) is used to modify the specified route according to the route ID. Batch modification is supported.
///
/// 本接口（ReplaceDirectConnectGatewayCcnRoutes）根据路由ID（RouteId）修改指定的路由（Route），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceDirectConnectGatewayCcnRoutes;

/// 替换高优路由表和子网绑定关系: the response of `ReplaceHighPriorityRouteTableAssociation`.
///
/// 替换高优路由表和子网绑定关系。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceHighPriorityRouteTableAssociation",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceHighPriorityRouteTableAssociation;

/// 替换高优路由表条目信息。: the response of `ReplaceHighPriorityRoutes`.
///
/// 替换高优路由表条目信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceHighPriorityRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "MissingParameter.MultiMissingParameter" = "缺少多个参数错误",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceHighPriorityRoutes {
    /// 新的高优路由表条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_high_priority_route_set: Option<Vec<HighPriorityRoute>>,
    /// 旧的高优路由表条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_high_priority_route_set: Option<Vec<HighPriorityRoute>>,
}

/// Replace a route reception policy binding (替换路由接收策略绑定): the response of `ReplaceRoutePolicyAssociations`.
///
/// This API is used to modify the binding Priority (Priority) based on the route reception policy instance ID (RoutePolicyId) and route table instance ID (RouteTableId), supporting batch modification.
///
/// 本接口（ReplaceRoutePolicyAssociations）根据路由接收策略实例ID（RoutePolicyId）和路由表实例ID（RouteTableId）修改绑定优先级（Priority），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.RoutePolicyAssociationExists" = "路由策略绑定规则已经存在。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutePolicyAssociations;

/// Replace a route reception policy entry (替换路由表接收策略条目): the response of `ReplaceRoutePolicyEntries`.
///
/// This API is used to modify specified routing policy entries based on route reception policy rule ID and supports batch modification.
///
/// 本接口（ReplaceRoutePolicyEntries）根据路由接收策略规则ID（RoutePolicyEntryId）修改指定的路由策略条目（RoutePolicyEntry），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutePolicyEntries;

/// Replaces the association relation of a route table (替换路由表绑定关系): the response of `ReplaceRouteTableAssociation`.
///
/// This API (ReplaceRouteTableAssociation) is used to modify the route table associated with a subnet.
///
/// * A subnet can only be associated with one route table.
///
/// 本接口（ReplaceRouteTableAssociation）用于修改子网（Subnet）关联的路由表（RouteTable）。
///
/// * 一个子网只能关联一个路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRouteTableAssociation",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.VpcMismatch" = "资源不属于同一个VPC。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRouteTableAssociation;

/// Replaces a routing policy (替换路由策略): the response of `ReplaceRoutes`.
///
/// This API (ReplaceRoutes) is used to modify a specified routing policy by its ID (RouteId). Batch modification is supported.
///
/// 本接口（ReplaceRoutes）根据路由策略ID（RouteId）修改指定的路由策略（Route），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRoutes",
    errors(
        "InvalidParameterValue.CidrNotInPeerVpc" = "目的网段不在对端VPC的CIDR范围内。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetOverlapRoute" = "子网与自定义路由目的Cidr网段完全重叠。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpcCidrOverlapRoute" = "辅助Cidr与自定义子网路由目的Cidr网段完全重叠。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.CdcSubnetNotSupportUnLocalGateway" = "CDC子网不支持创建非本地网关类型的路由。",
        "UnsupportedOperation.ConflictWithDockerRoute" = "与该VPC下的TKE容器的网段重叠。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。",
        "UnsupportedOperation.NormalSubnetNotSupportLocalGateway" = "指定的子网不支持创建本地网关类型的路由。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.RoutePvgw2" = "只支持自研VPC创建或修改PVGW2类型路由。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutes {
    /// Old routing policy
    ///
    /// 原路由策略信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_route_set: Option<Vec<Route>>,
    /// New routing policy
    ///
    /// 修改后的路由策略信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_route_set: Option<Vec<Route>>,
}

/// Match route reception policy (匹配路由接收策略): the response of `ReplaceRoutesWithRoutePolicy`.
///
/// This API (ReplaceRoutes) modifies the specified routing policy (Route) based on the routing policy ID (RouteId), supporting batch modifications.
///
/// 本接口（ReplaceRoutes）根据路由策略ID（RouteId）修改指定的路由策略（Route），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRoutesWithRoutePolicy",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "UnsupportedOperation.NotSupportRouteType" = "不支持的自定义路由类型。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutesWithRoutePolicy;

/// Batch modifies security group policies (批量修改安全组规则): the response of `ReplaceSecurityGroupPolicies`.
///
/// This API is used to batch modify security group policies.
///
/// Policies to modify must be in the same direction. `PolicyIndex` must be specified.
///
/// 本接口（ReplaceSecurityGroupPolicies）用于批量修改安全组规则（SecurityGroupPolicy）。
///
/// 单个请求中只能替换单个方向的一条或多条规则, 必须要指定索引（PolicyIndex）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceSecurityGroupPolicies",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Invalid" = "参数非法",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnsupportedOperation.BpaasResources" = "资源在BPAAS审批中。",
        "UnsupportedOperation.ClbPolicyExceedLimit" = "负载均衡的安全组规则已达到上限。",
        "UnsupportedOperation.ClbPolicyLimit" = "公网Clb不支持该规则。",
        "UnsupportedOperation.DuplicatePolicy" = "安全组规则重复。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。",
        "UnsupportedOperation.VersionMismatch" = "指定安全组规则版本号和当前最新版本不一致。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceSecurityGroupPolicies;

/// Replaces a single security group rule (替换单条安全组规则): the response of `ReplaceSecurityGroupPolicy`.
///
/// This API (ReplaceSecurityGroupPolicy) is used to replace a single security group policy (SecurityGroupPolicy).
///
/// Only one policy in a single direction can be replaced in each request, and the PolicyIndex parameter must be specified.
///
/// 本接口（ReplaceSecurityGroupPolicy）用于替换单条安全组规则（SecurityGroupPolicy）。
///
/// 单个请求中只能替换单个方向的一条规则, 必须要指定索引（PolicyIndex）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceSecurityGroupPolicy",
    errors(
        "InternalError.ModuleError" = "内部模块错误。",
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch" = "指定审批单号和资源不匹配。",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved" = "流程服务审批单未审批。",
        "InvalidParameterValue.MemberApprovalApplicationRejected" = "流程服务审批单被拒绝。",
        "InvalidParameterValue.MemberApprovalApplicationStarted" = "该请求需要走BPAAS流程服务审批，当前发起审批中。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.ClbPolicyExceedLimit" = "负载均衡的安全组规则已达到上限。",
        "UnsupportedOperation.ClbPolicyLimit" = "公网Clb不支持该规则。",
        "UnsupportedOperation.DuplicatePolicy" = "安全组规则重复。",
        "UnsupportedOperation.LockedResources" = "资源被锁定。",
        "UnsupportedOperation.VersionMismatch" = "指定安全组规则版本号和当前最新版本不一致。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceSecurityGroupPolicy;

/// Re-applies for the instance association (重新申请关联实例): the response of `ResetAttachCcnInstances`.
///
/// This API (ResetAttachCcnInstances) is used to re-apply for the association operation when the application for cross-account instance association expires.
///
/// 本接口（ResetAttachCcnInstances）用于跨账号关联实例申请过期时，重新申请关联操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetAttachCcnInstances",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetAttachCcnInstances;

/// 重置高优路由表路由: the response of `ResetHighPriorityRoutes`.
///
/// 重置高优路由表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetHighPriorityRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.ParameterMismatch" = "参数值格式不匹配。",
        "InvalidParameterValue.ResourceNotFound" = "未查询到该资源。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetHighPriorityRoutes;

/// Adjusts the concurrent connection cap for the NAT gateway (调整NAT网关并发连接上限): the response of `ResetNatGatewayConnection`.
///
/// This API is used to adjust concurrent connection cap for the NAT gateway.
///
/// 本接口（ResetNatGatewayConnection）用于调整传统型NAT网关并发连接数上限。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetNatGatewayConnection",
    errors(
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.NatGatewayIsBusy" = "NAT实例当前负载较高，请稍后重试",
        "UnsupportedOperation.UnpaidOrderAlreadyExists" = "账户还有未支付订单，请先完成付款。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetNatGatewayConnection;

/// Reset a route policy binding (重置路由策略绑定): the response of `ResetRoutePolicyAssociations`.
///
/// This API is used to unbind the routing policy instance already bound to a specific route table instance, set up alarms for the new binding routing policy and priority.
///
/// 本接口（ResetRoutePolicyAssociations）用于对某个路由表实例已经绑定的路由策略实例解除绑定关系，并重新设置新的绑定路由策略及优先级。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.CidrNotInPeerVpc" = "目的网段不在对端VPC的CIDR范围内。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutePolicyAssociations;

/// Reset a route reception policy entry (重置路由接收策略条目): the response of `ResetRoutePolicyEntries`.
///
/// This API is used to reset the designated route reception policy entry based on the rule ID and supports batch modification.
///
/// 本接口（ResetRoutePolicyEntries）根据路由接收策略规则ID（RoutePolicyId）重置指定的路由接收策略条目（RoutePolicyEntry），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutePolicyEntries;

/// Resets the names and routing policies of route tables (重置路由表名称和路由策略): the response of `ResetRoutes`.
///
/// This API (ResetRoutes) is used to reset the name of a route table and all its routing policies.
///
/// Note: When this API is called, all routing policies in the current route table are deleted before new routing policies are saved, which may incur network interruption.
///
/// 本接口（ResetRoutes）用于对某个路由表名称和所有路由策略（Route）进行重新设置。
///
/// 注意: 调用本接口时先删除当前路由表中所有路由策略, 再保存新提交的路由策略内容, 会引起网络中断。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetRoutes",
    errors(
        "InvalidParameterValue.CidrNotInPeerVpc" = "目的网段不在对端VPC的CIDR范围内。",
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.SubnetOverlapRoute" = "子网与自定义路由目的Cidr网段完全重叠。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "InvalidParameterValue.VpcCidrConflict" = "目的网段和当前VPC的CIDR冲突。",
        "InvalidParameterValue.VpcCidrOverlapRoute" = "辅助Cidr与自定义子网路由目的Cidr网段完全重叠。",
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。",
        "UnsupportedOperation.Ecmp" = "不支持ECMP。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutes;

/// Updates a traffic mirroring filter rule (更新流量镜像过滤规则): the response of `ResetTrafficMirrorFilter`.
///
/// This API is used to update a traffic mirroring instance filter rule.
///
/// Note: A traffic mirroring instance cannot simultaneously support filtering based on NAT gateway and five tuple rules.
///
/// 本接口（ResetTrafficMirrorFilter）用于更新流量镜像实例过滤规则。
///
/// 注意：每一个流量镜像实例，不能同时支持按nat网关和五元组两种规则过滤
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetTrafficMirrorFilter",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.UnsupportedTrafficMirrorAction" = "当前流量镜像不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorFilter;

/// Resets the traffic mirroring collection object (重置流量镜像采集对象): the response of `ResetTrafficMirrorSrcs`.
///
/// This API is used to reset the collection object of a traffic mirroring instance.
///
/// 本接口（ResetTrafficMirrorSrcs）用于重置流量镜像实例采集对象。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetTrafficMirrorSrcs",
    errors(
        "InvalidParameter.DuplicatedLbTrafficMirrorCollectors" = "当前IP已在其他公网IP类型的流量镜像中使用。",
        "InvalidParameter.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MirrorLackTargetResource" = "流量镜像target的内网带宽不足。",
        "InvalidParameterValue.ObjectVpcNotCurrentVpc" = "流量镜像采集的VPC不是当前VPCID。",
        "InvalidParameterValue.UnsupportedLbTrafficMirrorAz" = "当前公网IP所在的地区不支持流量采集。",
        "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget" = "流量镜像源、目的不可同端。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorSrcs;

/// Updates the traffic mirroring receiving destination information (更新流量镜像接收目的信息): the response of `ResetTrafficMirrorTarget`.
///
/// This API is used to update the receiving destination information of a traffic mirroring instance.
///
/// 本接口（ResetTrafficMirrorTarget）用于更新流量镜像实例的接收目的信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetTrafficMirrorTarget",
    errors(
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint" = "接收端不是一个存在的虚机IP也不是可路由的idc机房IP。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MirrorLackTargetResource" = "流量镜像target的内网带宽不足。",
        "UnsupportedOperation.Ipv6NotSupport" = "不支持IPV6。",
        "UnsupportedOperation.PublicClbNotSupport" = "不支持公网CLB。",
        "UnsupportedOperation.TrafficMirrorNotSupportClb" = "流量镜像不支持目标Clb。",
        "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget" = "流量镜像源、目的不可同端。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorTarget;

/// Resets a VPN tunnel (重置VPN通道): the response of `ResetVpnConnection`.
///
/// The API is used to reset a VPN tunnel.
///
/// 本接口（ResetVpnConnection）用于重置VPN通道。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetVpnConnection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.VpnConnInvalidState" = "当前通道为非可用状态，不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetVpnConnection;

/// Adjusts the bandwidth cap of a VPN gateway (调整VPN网关带宽上限): the response of `ResetVpnGatewayInternetMaxBandwidth`.
///
/// This API is used to adjust the bandwidth cap of a VPN gateway. The adjustment of the VPN gateway bandwidth is limited to \[5,100\] Mbps and \[200,1000\] Mbps.
///
/// 本接口（ResetVpnGatewayInternetMaxBandwidth）用于调整VPN网关带宽上限。VPN网关带宽目前仅支持部分带宽范围内升降配，如【5,100】Mbps和【200,1000】Mbps，在各自带宽范围内可提升配额，跨范围提升配额和降配暂不支持，如果是包年包月VPN网关需要在有效期内。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetVpnGatewayInternetMaxBandwidth",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.VpnUnsupportedModifyBandwidth" = "`%(value)s`，不支持降低VPN带宽。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetVpnGatewayInternetMaxBandwidth;

/// Restores security group policies (恢复安全组策略): the response of `ResumeSnapshotInstance`.
///
/// This API is used to restore security group policies with a backup.
///
/// 本接口（ResumeSnapshotInstance）用于根据备份内容恢复安全组策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResumeSnapshotInstance",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResumeSnapshotInstance;

/// Unbinds and releases public IPs (解绑并释放普通公网IP): the response of `ReturnNormalAddresses`.
///
/// This API is used to unbind and release public IPs.
///
/// Note: Starting from Dec 15, 2022, CAM authorization is required for a sub-account to call this API. For more details, see [Authorization Guide](https://intl.cloud.tencent.com/document/product/598/34545?from_cn_redirect=1).
///
/// 本接口（ReturnNormalAddresses）用于解绑并释放普通公网IP。
///
/// 为完善公网IP的访问管理功能，此接口于2022年12月15日升级优化鉴权功能，升级后子用户调用此接口需向主账号申请CAM策略授权，否则可能调用失败。您可以提前为子账号配置操作授权，详情见[授权指南](https://cloud.tencent.com/document/product/598/34545)。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReturnNormalAddresses",
    errors(
        "InvalidParameterValue.AddressIpsNotFound" = "未查询到该地址。",
        "InvalidParameterValue.Illegal" = "资源格式错误",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "UnsupportedOperation.NotSupportedAddressIpsChargeType" = "该地址类型不支持释放操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnNormalAddresses;

/// Sets the outbound bandwidth cap of each CCN region (设置云联网各地域出带宽上限或地域间上限): the response of `SetCcnRegionBandwidthLimits`.
///
/// This API (SetCcnRegionBandwidthLimits) is used to set the outbound bandwidth cap for CCNs in each region. This API can only set the outbound bandwidth cap for regions in the network instances that have already been associated.
///
/// 本接口（SetCcnRegionBandwidthLimits）用于设置云联网（CCN）各地域出带宽上限，或者地域间带宽上限。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "SetCcnRegionBandwidthLimits",
    errors(
        "UnsupportedOperation.NotPostpaidCcnOperation" = "当前云联网为非后付费类型，无法进行此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct SetCcnRegionBandwidthLimits;

/// Specifies whether to enable auto-renewal for the VPN gateway (设置VPNGW续费标记): the response of `SetVpnGatewaysRenewFlag`.
///
/// This API is used set the auto-renewal configuration of a VPN gateway.
///
/// 本接口（SetVpnGatewaysRenewFlag）用于设置VPNGW续费标记。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "SetVpnGatewaysRenewFlag",
    errors("InternalServerError" = "操作内部错误。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct SetVpnGatewaysRenewFlag;

/// Enables traffic mirroring (开启流量镜像): the response of `StartTrafficMirror`.
///
/// This API is used to start a traffic mirroring instance.
///
/// 本接口（StartTrafficMirror）用于开启流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "StartTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StartTrafficMirror;

/// Disables traffic mirroring (关闭流量镜像): the response of `StopTrafficMirror`.
///
/// This API is used to stop a traffic mirroring instance.
///
/// 本接口（StopTrafficMirror）用于关闭流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "StopTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StopTrafficMirror;

/// Switches an ordinary IP to an EIP (普通IP转弹性IP): the response of `TransformAddress`.
///
/// This API is used to convert a common public IP into an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP for short).
///
/// * Tencent Cloud limits the number of times that a user can unbind EIPs and reassign public IPs in each region per day. For more information, see product introduction of [Elastic IP](https://intl.cloud.tencent.com/document/product/213/5733?from_cn_redirect=1). The preceding quota can be obtained through the API [DescribeAddressQuota](https://intl.cloud.tencent.com/document/product/215/16701).
///
/// 本接口 (TransformAddress) 用于将实例的普通公网 IP 转换为[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）。
///
/// * 平台对用户单地域每日解绑 EIP 重新分配普通公网 IP 次数有所限制（可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/1941)）。上述配额可通过 [DescribeAddressQuota](https://cloud.tencent.com/document/product/215/16701) 接口获取。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "TransformAddress",
    errors(
        "AddressQuotaLimitExceeded" = "账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。",
        "AddressQuotaLimitExceeded.DailyAllocate" = "申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。",
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InvalidAddressId.Blocked" = "指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.AlreadyBindEip" = "指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。",
        "InvalidInstanceId.NotFound" = "无效实例ID。指定的实例ID不存在。",
        "InvalidParameterValue.InstanceHasNoWanIP" = "实例不存在公网IP。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID错误。",
        "InvalidParameterValue.InstanceNoWanIP" = "该实例没有WanIP，无法完成请求。",
        "InvalidParameterValue.InvalidInstanceState" = "该实例状态无法完成操作。",
        "LimitExceeded.MonthlyAddressRecoveryQuota" = "每月地址找回配额超过限制。",
        "OperationDenied.AddressInArrears" = "指定公网IP处于隔离状态。",
        "OperationDenied.MutexTaskRunning" = "互斥的任务正在执行。",
        "UnsupportedOperation.AddressStatusNotPermit" = "该地址状态不支持此操作。",
        "UnsupportedOperation.InvalidAddressInternetChargeType" = "该地址的网络付费方式不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct TransformAddress {
    /// The async task ID. You can use the [DescribeTaskResult](https://intl.cloud.tencent.com/document/api/215/36271?from_cn_redirect=1) API to query the task status.
    ///
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
    /// The unique ID after converting to EIP
    ///
    /// 转为弹性公网IP后的唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
}

/// Releases IPv6 addresses (释放IPv6地址): the response of `UnassignIpv6Addresses`.
///
/// This API is used to release the IPv6 addresses of an ENI.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（UnassignIpv6Addresses）用于释放弹性网卡`IPv6`地址。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnassignIpv6Addresses",
    errors(
        "UnauthorizedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnauthorizedOperation.PrimaryIp" = "主IP不支持指定操作。",
        "UnsupportedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6Addresses;

/// Releases IPv6 IP range (释放IPv6网段): the response of `UnassignIpv6CidrBlock`.
///
/// This API (UnassignIpv6CidrBlock) is used to release IPv6 IP ranges.
///
/// If the IP range still has occupied IPs that are not yet repossessed, the IP range cannot be released.
///
/// 本接口（UnassignIpv6CidrBlock）用于释放IPv6网段。
///
/// 网段如果还有IP占用且未回收，则网段无法释放。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnassignIpv6CidrBlock",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6CidrBlock;

/// Releases the IPv6 subnet IP range (释放IPv6子网段): the response of `UnassignIpv6SubnetCidrBlock`.
///
/// This API (UnassignIpv6SubnetCidrBlock) is used to release IPv6 subnet IP ranges.
///
/// If the subnet IP range still has occupied IPs that are not yet repossessed, the subnet IP range cannot be released.
///
/// 本接口（UnassignIpv6SubnetCidrBlock）用于释放IPv6子网段。
///
/// 子网段如果还有IP占用且未回收，则子网段无法释放。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnassignIpv6SubnetCidrBlock",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6SubnetCidrBlock;

/// Returns the private IPs of an ENI (弹性网卡退还内网 IP): the response of `UnassignPrivateIpAddresses`.
///
/// This API is used to return the private IP addresses of an ENI.
///
/// * If a secondary private IP of an ENI is returned, the EIP will be automatically unassociated as well. The primary private IP of the ENI cannot be returned.
///
/// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
///
/// 本接口（UnassignPrivateIpAddresses）用于弹性网卡退还内网 IP。
///
/// * 退还弹性网卡上的辅助内网IP，接口自动解除关联弹性公网 IP。不能退还弹性网卡的主内网IP。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)
///
/// 接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnassignPrivateIpAddresses",
    errors(
        "InvalidParameterValue.DuplicatePara" = "参数值存在重复。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "LimitExceeded.ActionLimited" = "接口请求次数超过限频。",
        "UnsupportedOperation.AttachmentNotFound" = "绑定关系不存在。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignPrivateIpAddresses;

/// 安全解锁云联网带宽: the response of `UnlockCcnBandwidths`.
///
/// 本接口（UnlockCcnBandwidths）用户解锁云联网限速实例。
///
/// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（SecurityUnlockCcns）。
///
/// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnlockCcnBandwidths",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnlockCcnBandwidths;

/// 安全解锁云联网实例: the response of `UnlockCcns`.
///
/// 本接口（UnlockCcns）用于解锁云联网实例
///
/// 该接口一般用来解封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间解封禁, 只能按更粗的云联网实例粒度解封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度解封禁（UnlockCcnBandwidths）
///
/// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnlockCcns",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnlockCcns;

/// Updates a traffic mirroring filter rule or collection object (更新流量镜像过滤规则或者采集对象): the response of `UpdateTrafficMirrorAllFilter`.
///
/// This API is used to update the filter rule or collection object of a traffic mirroring instance.
///
/// 本接口（UpdateTrafficMirrorAllFilter）用于更新流量镜像实例的过滤规则或者采集对象。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UpdateTrafficMirrorAllFilter",
    errors(
        "InvalidParameter.Coexist" = "参数不支持同时指定。",
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MirrorLackTargetResource" = "流量镜像target的内网带宽不足。",
        "InvalidParameterValue.ObjectUseInTrafficMirror" = "流量镜像采集对象已经被使用。",
        "InvalidParameterValue.ObjectVpcNotCurrentVpc" = "流量镜像采集的VPC不是当前VPCID。",
        "InvalidParameterValue.UnsupportedTrafficMirrorAction" = "当前流量镜像不支持此操作。",
        "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget" = "流量镜像源、目的不可同端。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTrafficMirrorAllFilter;

/// Updates the traffic mirroring collection direction (更新流量镜像采集方向): the response of `UpdateTrafficMirrorDirection`.
///
/// This API is used to update the collection direction of a traffic mirroring instance.
///
/// 本接口（UpdateTrafficMirrorDirection）用于更新流量镜像实例的采集方向。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UpdateTrafficMirrorDirection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.UnsupportedTrafficMirrorAction" = "当前流量镜像不支持此操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTrafficMirrorDirection;

/// 升级NAT实例产品版本: the response of `UpgradeNatGatewayProductVersion`.
///
/// 本接口（UpgradeNatGatewayProductVersion）用于升级NAT实例产品版本，将传统型NAT实例升级到标准型NAT。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UpgradeNatGatewayProductVersion",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "ResourceInsufficient.Instance" = "指定实例类型已售罄。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。",
        "UnsupportedOperation.NatGatewayRestricted" = "NAT网关已被封禁，不支持此操作。",
        "UnsupportedOperation.NatHasBoundVpg" = "NAT网关绑定了vpg，不支持该操作。",
        "UnsupportedOperation.NatHasECMP" = "NAT网关开启了ECMP，不支持该操作。",
        "UnsupportedOperation.NatHasEnabledGatewayFlowControl" = "NAT网关开启了网关流控，不支持该操作。",
        "UnsupportedOperation.NatHasFlowLog" = "NAT网关开启了流日志，不支持该操作。",
        "UnsupportedOperation.NatInstanceExclusive" = "独享型NAT不支持该操作。",
        "UnsupportedOperation.NatSpecificationExceeded" = "NAT网关规格超过标准型nat规格，不支持该操作。",
        "UnsupportedOperation.NatTypeError" = "NAT网关实例类型不支持该操作。",
        "UnsupportedOperation.NatUsageExceeded" = "NAT网关近30天的最大用量超过标准型NAT规格，不支持该操作。",
        "UnsupportedOperation.UnsupportedLegacyAccount" = "传统型账号不支持该操作。",
        "UnsupportedOperation.UnsupportedLocalZoneNat" = "NAT网关部署在local zone，不支持该操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeNatGatewayProductVersion;

/// Withdraws a route from CCN (从云联网撤销路由): the response of `WithdrawNotifyRoutes`.
///
/// This API is used to withdraw a route from CCN.
///
/// 本接口（WithdrawNotifyRoutes）用于撤销已发布到云联网的路由。路由表列表页操作增加“从云联网撤销”。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "WithdrawNotifyRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidRouteId.NotFound" = "无效的路由策略ID（RouteId）。",
        "InvalidRouteTableId.Malformed" = "无效的路由表,路由表实例ID不合法。",
        "InvalidRouteTableId.NotFound" = "无效的路由表,路由表资源不存在，请再次核实您输入的资源信息是否正确。",
        "UnsupportedOperation.NotifyCcn" = "指定的路由策略不支持发布或撤销至云联网。",
        "UnsupportedOperation.SystemRoute" = "系统路由，禁止操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawNotifyRoutes;
