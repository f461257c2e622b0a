//! Each action's response struct, with the types the attribute derives from it.

use super::model::*;

/// 云联网接受关联实例: the response of `AcceptAttachCcnInstances`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptVpcPeeringConnection;

/// 添加带宽包资源: the response of `AddBandwidthPackageResources`.
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
    )
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
    )
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

/// 增加模板对象成员: the response of `AddTemplateMember`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AddTemplateMember;

/// 更换公网IP: the response of `AdjustPublicAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustPublicAddress {
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
}

/// 创建弹性公网IP: the response of `AllocateAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateAddresses {
    /// 申请到的 EIP 的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 创建弹性公网IPv6: the response of `AllocateIPv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateIPv6Addresses {
    /// 申请到的弹性公网 IPv6 地址的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// 异步任务TaskId，可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 开通IPv6公网带宽: the response of `AllocateIp6AddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateIp6AddressesBandwidth {
    /// 传统弹性公网 IPv6 的唯一 ID 列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 分配IPv6地址: the response of `AssignIpv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6Addresses {
    /// 分配给弹性网卡的`IPv6`地址列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
}

/// 分配IPv6网段: the response of `AssignIpv6CidrBlock`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6CidrBlock {
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

/// 分配IPv6子网段: the response of `AssignIpv6SubnetCidrBlock`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignIpv6SubnetCidrBlock {
    /// 分配 `IPv6` 子网段列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_subnet_cidr_block_set: Option<Vec<Ipv6SubnetCidrBlock>>,
}

/// 弹性网卡申请内网 IP: the response of `AssignPrivateIpAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssignPrivateIpAddresses {
    /// 内网IP详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
}

/// 绑定弹性公网IP: the response of `AssociateAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateAddress {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateDhcpIpWithAddressIp;

/// 专线网关绑定NAT网关: the response of `AssociateDirectConnectGatewayNatGateway`.
///
/// 将专线网关与NAT网关绑定，专线网关默认路由指向NAT网关
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateDirectConnectGatewayNatGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.VpgTypeNotMatch" = "当前功能不支持此专线网关。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateHaVipInstance;

/// 绑定弹性公网IPv6: the response of `AssociateIPv6Address`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateInstancesToCcnRouteTable;

/// NAT网关绑定弹性IP: the response of `AssociateNatGatewayAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNatGatewayAddress;

/// 网络ACL关联子网: the response of `AssociateNetworkAclSubnets`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNetworkAclSubnets;

/// 弹性网卡绑定安全组: the response of `AssociateNetworkInterfaceSecurityGroups`.
///
/// 本接口（AssociateNetworkInterfaceSecurityGroups）用于弹性网卡绑定安全组（SecurityGroup）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AssociateNetworkInterfaceSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateNetworkInterfaceSecurityGroups;

/// 云联网关联实例: the response of `AttachCcnInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachCcnInstances;

/// 创建基础网络互通: the response of `AttachClassicLinkVpc`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachClassicLinkVpc;

/// 弹性网卡绑定云服务器: the response of `AttachNetworkInterface`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachNetworkInterface;

/// 快照策略关联实例: the response of `AttachSnapshotInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AttachSnapshotInstances;

/// 合规化审批: the response of `AuditCrossBorderCompliance`.
///
/// 本接口（AuditCrossBorderCompliance）用于服务商操作合规化资质审批。
///
/// * 服务商只能操作提交到本服务商的审批单，后台会校验身份。即只授权给服务商的`APPID` 调用本接口。
///
/// * `APPROVED` 状态的审批单，可以再次操作为 `DENY`；`DENY` 状态的审批单，也可以再次操作为 `APPROVED`。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "AuditCrossBorderCompliance"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AuditCrossBorderCompliance;

/// 检查辅助CIDR冲突: the response of `CheckAssistantCidr`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckAssistantCidr {
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
    errors("ResourceInsufficient.CidrBlock" = "网段资源不足。")
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
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。")
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

/// 验证网络探测: the response of `CheckNetDetectState`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckNetDetectState {
    /// 网络探测验证结果对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ip_state_set: Option<Vec<NetDetectIpState>>,
}

/// 检查流量镜像的采集端接收端: the response of `CheckTrafficMirror`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ClearRouteTableSelectionPolicies;

/// 克隆安全组: the response of `CloneSecurityGroup`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CloneSecurityGroup {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// 创建IP地址模板: the response of `CreateAddressTemplate`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAddressTemplate {
    /// IP地址模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template: Option<AddressTemplate>,
}

/// 创建IP地址模板集合: the response of `CreateAddressTemplateGroup`.
///
/// 本接口（CreateAddressTemplateGroup）用于创建IP地址模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateAddressTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAddressTemplateGroup {
    /// IP地址模板集合对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_group: Option<AddressTemplateGroup>,
}

/// 创建弹性网卡并绑定云服务器: the response of `CreateAndAttachNetworkInterface`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAndAttachNetworkInterface {
    /// 弹性网卡实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface: Option<NetworkInterface>,
}

/// 创建辅助CIDR: the response of `CreateAssistantCidr`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAssistantCidr {
    /// 辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
}

/// 创建共享带宽包: the response of `CreateBandwidthPackage`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBandwidthPackage {
    /// 带宽包唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_id: Option<String>,
    /// 带宽包唯一ID列表(申请数量大于1时有效)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_ids: Option<Vec<String>>,
}

/// 创建CCN: the response of `CreateCcn`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCcn {
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
    )
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
    )
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCdcNetPlanes;

/// 创建对端网关: the response of `CreateCustomerGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomerGateway {
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
    action = "CreateDefaultSecurityGroup"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDefaultSecurityGroup {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// 创建默认VPC和默认子网: the response of `CreateDefaultVpc`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDefaultVpc {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDhcpIp {
    /// 新创建的`DhcpIp`信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhcp_ip_set: Option<Vec<DhcpIp>>,
}

/// 创建专线网关: the response of `CreateDirectConnectGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDirectConnectGateway {
    /// 专线网关对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway: Option<DirectConnectGateway>,
}

/// 创建专线网关云联网路由: the response of `CreateDirectConnectGatewayCcnRoutes`.
///
/// 本接口（CreateDirectConnectGatewayCcnRoutes）用于创建专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDirectConnectGatewayCcnRoutes;

/// 创建流日志: the response of `CreateFlowLog`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateFlowLog {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGlobalRoutes {
    /// 全局路由对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_route_set: Option<Vec<GlobalRoute>>,
}

/// 创建HAVIP: the response of `CreateHaVip`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHaVip {
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
    )
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
    )
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
    )
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

/// 创建本地网关: the response of `CreateLocalGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLocalGateway {
    /// 本地网关信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway: Option<LocalGateway>,
}

/// 创建NAT网关: the response of `CreateNatGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGateway {
    /// NAT网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_set: Option<Vec<NatGateway>>,
    /// 符合条件的 NAT网关对象数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 创建NAT网关端口转发规则: the response of `CreateNatGatewayDestinationIpPortTranslationNatRule`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGatewayDestinationIpPortTranslationNatRule;

/// 创建NAT网关SNAT规则: the response of `CreateNatGatewaySourceIpTranslationNatRule`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNatGatewaySourceIpTranslationNatRule;

/// 创建网络探测: the response of `CreateNetDetect`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetDetect {
    /// 网络探测（NetDetect）对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect: Option<NetDetect>,
}

/// 创建网络ACL: the response of `CreateNetworkAcl`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAcl {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAclEntries;

/// 增量添加网络ACL五元组规则接口: the response of `CreateNetworkAclQuintupleEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkAclQuintupleEntries;

/// 创建弹性网卡: the response of `CreateNetworkInterface`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkInterface {
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
    )
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
    )
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
    )
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
    )
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

/// 创建保留内网IP: the response of `CreateReserveIpAddresses`.
///
/// 创建内网保留IP
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateReserveIpAddresses",
    errors(
        "UnknownParameter.WithGuess" = "参数无法识别，可以尝试相似参数代替。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateReserveIpAddresses {
    /// 内网保留 IP返回信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_address_set: Option<Vec<ReserveIpAddressInfo>>,
}

/// 创建路由策略及策略条目。: the response of `CreateRoutePolicy`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicy {
    /// 路由策略ID及规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy: Option<RoutePolicy>,
}

/// 创建路由接收策略绑定: the response of `CreateRoutePolicyAssociations`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicyAssociations;

/// 创建路由接收策略条目: the response of `CreateRoutePolicyEntries`.
///
/// 本接口（CreateRoutePolicyEntries）用于创建路由接收策略条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutePolicyEntries;

/// 创建路由表: the response of `CreateRouteTable`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRouteTable {
    /// 路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table: Option<RouteTable>,
}

/// 创建路由策略: the response of `CreateRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoutes {
    /// 新增的实例个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 路由表对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_set: Option<Vec<RouteTable>>,
}

/// 创建安全组: the response of `CreateSecurityGroup`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroup {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// 安全组添加规则: the response of `CreateSecurityGroupPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroupPolicies;

/// 创建安全组和规则: the response of `CreateSecurityGroupWithPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroupWithPolicies {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<SecurityGroup>,
}

/// 创建协议端口模板: the response of `CreateServiceTemplate`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateServiceTemplate {
    /// 协议端口模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template: Option<ServiceTemplate>,
}

/// 创建协议端口模板集合: the response of `CreateServiceTemplateGroup`.
///
/// 本接口（CreateServiceTemplateGroup）用于创建协议端口模板集合。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "CreateServiceTemplateGroup",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateServiceTemplateGroup {
    /// 协议端口模板集合对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_group: Option<ServiceTemplateGroup>,
}

/// 创建快照策略: the response of `CreateSnapshotPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSnapshotPolicies {
    /// 快照策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policies: Option<Vec<SnapshotPolicy>>,
}

/// 创建子网: the response of `CreateSubnet`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubnet {
    /// 子网对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet: Option<Subnet>,
}

/// 批量创建子网: the response of `CreateSubnets`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubnets {
    /// 新创建的子网列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_set: Option<Vec<Subnet>>,
}

/// 创建流量镜像: the response of `CreateTrafficMirror`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficMirror {
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
    )
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
    )
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

/// 创建VPC: the response of `CreateVpc`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpc {
    /// Vpc对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc: Option<Vpc>,
}

/// 创建终端节点: the response of `CreateVpcEndPoint`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcEndPoint {
    /// 终端节点对象详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point: Option<EndPoint>,
}

/// 创建终端节点服务: the response of `CreateVpcEndPointService`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpcEndPointService {
    /// 终端节点服务对象详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service: Option<EndPointService>,
}

/// 创建终端服务白名单: the response of `CreateVpcEndPointServiceWhiteList`.
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
    )
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
    )
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

/// 创建VPN通道: the response of `CreateVpnConnection`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnConnection {
    /// 通道实例对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection: Option<VpnConnection>,
}

/// 创建VPN网关: the response of `CreateVpnGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGateway {
    /// VPN网关对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway: Option<VpnGateway>,
}

/// 创建VPN网关路由: the response of `CreateVpnGatewayRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnGatewayRoutes {
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
    )
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
    )
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

/// 删除IP地址模板: the response of `DeleteAddressTemplate`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAddressTemplate;

/// 删除IP地址模板集合: the response of `DeleteAddressTemplateGroup`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAddressTemplateGroup;

/// 删除辅助CIDR: the response of `DeleteAssistantCidr`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAssistantCidr;

/// 删除共享带宽包: the response of `DeleteBandwidthPackage`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBandwidthPackage;

/// 删除CCN: the response of `DeleteCcn`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcn;

/// 删除云联网策略路由下一跳: the response of `DeleteCcnPolicyBasedRoutingNextHop`.
///
/// 删除云联网策略路由下一跳
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcnPolicyBasedRoutingNextHop"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCcnPolicyBasedRoutingNextHop;

/// 删除云联网策略路由匹配规则: the response of `DeleteCcnPolicyBasedRoutingRule`.
///
/// 删除云联网策略路由匹配规则
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCcnPolicyBasedRoutingRule"
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCdcNetPlanes;

/// 删除对端网关: the response of `DeleteCustomerGateway`.
///
/// 本接口（DeleteCustomerGateway）用于删除对端网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteCustomerGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDhcpIp;

/// 删除专线网关: the response of `DeleteDirectConnectGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDirectConnectGateway;

/// 删除专线网关云联网路由: the response of `DeleteDirectConnectGatewayCcnRoutes`.
///
/// 本接口（DeleteDirectConnectGatewayCcnRoutes）用于删除专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteDirectConnectGatewayCcnRoutes",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDirectConnectGatewayCcnRoutes;

/// 删除流日志: the response of `DeleteFlowLog`.
///
/// 本接口（DeleteFlowLog）用于删除流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteFlowLog",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteGlobalRoutes;

/// 删除HAVIP: the response of `DeleteHaVip`.
///
/// 本接口（DeleteHaVip）用于删除高可用虚拟IP（HAVIP）。
///
/// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteHaVip",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIp6Translators;

/// 删除本地网关: the response of `DeleteLocalGateway`.
///
/// 本接口（DeleteLocalGateway）用于删除CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLocalGateway;

/// 删除NAT网关: the response of `DeleteNatGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGateway;

/// 删除NAT网关端口转发规则: the response of `DeleteNatGatewayDestinationIpPortTranslationNatRule`.
///
/// 本接口（DeleteNatGatewayDestinationIpPortTranslationNatRule）用于删除NAT网关端口转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNatGatewayDestinationIpPortTranslationNatRule",
    errors(
        "InvalidParameterValue.NatGatewayDnatRuleNotExists" = "NAT网关的DNAT转换规则不存在。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGatewayDestinationIpPortTranslationNatRule;

/// 删除NAT网关的SNAT转发规则: the response of `DeleteNatGatewaySourceIpTranslationNatRule`.
///
/// 本接口（DeleteNatGatewaySourceIpTranslationNatRule）用于删除NAT网关端口SNAT转发规则。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNatGatewaySourceIpTranslationNatRule",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists" = "NAT网关的SNAT转换规则不存在。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNatGatewaySourceIpTranslationNatRule;

/// 删除网络探测: the response of `DeleteNetDetect`.
///
/// 本接口（DeleteNetDetect）用于删除网络探测实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteNetDetect",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RecordNotExists" = "记录不存在。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetDetect;

/// 删除网络ACL: the response of `DeleteNetworkAcl`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkAclEntries;

/// 删除网络ACL五元组指定的部分条目接口。: the response of `DeleteNetworkAclQuintupleEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkAclQuintupleEntries;

/// 删除弹性网卡: the response of `DeleteNetworkInterface`.
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
    )
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
    )
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
    )
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
    )
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
    )
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

/// 删除内网保留IP: the response of `DeleteReserveIpAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteReserveIpAddresses;

/// 删除路由接收策略和条目。: the response of `DeleteRoutePolicy`.
///
/// 本接口（DeleteRoutePolicy）用于删除路由接收策略和条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicy",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.RoutePolicyAssociation" = "路由策略被关联到路由表，不支持删除。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicy;

/// 删除路由接收策略绑定: the response of `DeleteRoutePolicyAssociations`.
///
/// 本接口(DeleteRoutePolicyAssociations)用于删除路由接收策略绑定（路由接收策略对象和路由表的绑定关系）。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.RoutePolicyAssociationExists" = "路由策略绑定规则已经存在。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicyAssociations;

/// 删除路由接收策略条目: the response of `DeleteRoutePolicyEntries`.
///
/// 本接口(DeleteRoutePolicyEntries)用于删除路由接收策略条目。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutePolicyEntries;

/// 删除路由表: the response of `DeleteRouteTable`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRouteTable;

/// 删除路由策略: the response of `DeleteRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRoutes {
    /// 已删除的路由策略详情。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<Route>>,
}

/// 删除安全组: the response of `DeleteSecurityGroup`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecurityGroup;

/// 删除安全组规则: the response of `DeleteSecurityGroupPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecurityGroupPolicies;

/// 删除协议端口模板: the response of `DeleteServiceTemplate`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteServiceTemplate;

/// 删除协议端口模板集合: the response of `DeleteServiceTemplateGroup`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteServiceTemplateGroup;

/// 删除快照策略: the response of `DeleteSnapshotPolicies`.
///
/// 本接口（DeleteSnapshotPolicies）用于删除快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSnapshotPolicies;

/// 删除子网: the response of `DeleteSubnet`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSubnet;

/// 删除模板对象成员: the response of `DeleteTemplateMember`.
///
/// 删除模板对象中的IP地址、协议端口、IP地址组、协议端口组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTemplateMember",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTemplateMember;

/// 删除流量镜像: the response of `DeleteTrafficMirror`.
///
/// 本接口（DeleteTrafficMirror）用于删除流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficMirrorFilterRules;

/// 删除共享流量包: the response of `DeleteTrafficPackages`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficPackages;

/// 删除VPC: the response of `DeleteVpc`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpc;

/// 删除终端节点: the response of `DeleteVpcEndPoint`.
///
/// 本接口（DeleteVpcEndPoint）用于删除终端节点。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPoint",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.EndPointHadGwlbEipUnassociate" = "终端节点需要先解绑 GWLB EIP。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcEndPoint;

/// 删除终端节点服务: the response of `DeleteVpcEndPointService`.
///
/// 本接口（DeleteVpcEndPointService）用于删除终端节点服务。限制：当有终端节点关联到终端节点服务时，无法删除终端节点服务。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPointService",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcEndPointService;

/// 删除终端节点服务白名单: the response of `DeleteVpcEndPointServiceWhiteList`.
///
/// 本接口（DeleteVpcEndPointServiceWhiteList）用于删除终端节点服务白名单。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpcEndPointServiceWhiteList",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.UinNotFound" = "账号ID不存在。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpcPeeringConnection;

/// 删除VPN通道: the response of `DeleteVpnConnection`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnConnection;

/// 删除VPN网关: the response of `DeleteVpnGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVpnGateway;

/// 删除VPN网关路由: the response of `DeleteVpnGatewayRoutes`.
///
/// 本接口（DeleteVpnGatewayRoutes）用于删除VPN网关路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DeleteVpnGatewayRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
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
    )
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
    action = "DeleteVpnGatewaySslServer"
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

/// 查询账户属性: the response of `DescribeAccountAttributes`.
///
/// 本接口（DescribeAccountAttributes）用于查询用户账号私有属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAccountAttributes",
    errors("InternalError.ModuleError" = "内部模块错误。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAccountAttributes {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressBandwidthRange {
    /// EIP带宽上下限详细信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_range_set: Option<Vec<BandwidthRange>>,
}

/// 查询弹性公网IP配额: the response of `DescribeAddressQuota`.
///
/// 本接口 (DescribeAddressQuota) 用于查询您账户的[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）在当前地域的配额信息。配额详情可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/5733)。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeAddressQuota",
    errors("InternalServerError" = "操作内部错误。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressQuota {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateGroupInstances;

/// 查询IP地址模板集合: the response of `DescribeAddressTemplateGroups`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateGroups {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplateInstances;

/// 查询IP地址模板: the response of `DescribeAddressTemplates`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressTemplates {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// IP地址模板。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_set: Option<Vec<AddressTemplate>>,
}

/// 查询弹性公网IP列表: the response of `DescribeAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddresses {
    /// 符合条件的 EIP 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// EIP 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_set: Option<Vec<Address>>,
}

/// 查询辅助CIDR列表: the response of `DescribeAssistantCidr`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAssistantCidr {
    /// 符合条件的辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageBandwidthRange {
    /// 带宽包带宽上下限详细信息。ResourceId：带宽包id、BandwidthLowerLimit：带宽下限、BandwidthUpperLimit：带宽上限。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_range_set: Option<Vec<BandwidthRange>>,
}

/// 查询后付费共享带宽包当前的用量: the response of `DescribeBandwidthPackageBillUsage`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageBillUsage {
    /// 当前计费用量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_bill_bandwidth_set: Option<Vec<BandwidthPackageBillBandwidth>>,
}

/// 查询带宽包配额: the response of `DescribeBandwidthPackageQuota`.
///
/// 接口用于查询账户在当前地域的带宽包上限数量以及使用数量
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeBandwidthPackageQuota",
    errors("InvalidParameterValue.ResourceNotSupport" = "该资源不支持此操作。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageQuota {
    /// 带宽包配额详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_set: Option<Vec<Quota>>,
}

/// 查询共享带宽包内的资源: the response of `DescribeBandwidthPackageResources`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackageResources {
    /// 符合条件的 共享带宽包内资源 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 共享带宽包内资源 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_set: Option<Vec<Resource>>,
}

/// 查询带宽包资源: the response of `DescribeBandwidthPackages`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeBandwidthPackages {
    /// 符合条件的带宽包数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 描述带宽包详细信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_set: Option<Vec<BandwidthPackage>>,
}

/// 查询云联网关联实例列表: the response of `DescribeCcnAttachedInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnAttachedInstances {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    action = "DescribeCcnPolicyBasedRoutingNextHop"
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
    action = "DescribeCcnPolicyBasedRoutingRule"
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

/// 查询云联网各地域出带宽上限: the response of `DescribeCcnRegionBandwidthLimits`.
///
/// 本接口（DescribeCcnRegionBandwidthLimits）用于查询云联网各地域出带宽上限，该接口只返回已关联网络实例包含的地域。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeCcnRegionBandwidthLimits",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRegionBandwidthLimits {
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
    )
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
    errors("UnsupportedOperation.ActionNotFound" = "接口不存在。")
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
    )
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

/// 查询云联网路由条目: the response of `DescribeCcnRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcnRoutes {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// CCN路由策略对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<CcnRoute>>,
}

/// 查询CCN列表: the response of `DescribeCcns`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCcns {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
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
    )
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
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCdcUsedIdcVlan;

/// 查询基础网络互通列表: the response of `DescribeClassicLinkInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeClassicLinkInstances {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
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

/// 查询合规化审批单: the response of `DescribeCrossBorderCompliance`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCrossBorderCompliance {
    /// 合规化审批单列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_compliance_set: Option<Vec<CrossBorderCompliance>>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCrossBorderFlowMonitor {
    /// 云联网跨境带宽监控数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_flow_monitor_data: Option<Vec<CrossBorderFlowMonitorData>>,
}

/// 查询可支持的对端网关厂商信息: the response of `DescribeCustomerGatewayVendors`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCustomerGatewayVendors {
    /// 对端网关厂商信息对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_vendor_set: Option<Vec<CustomerGatewayVendor>>,
}

/// 查询对端网关: the response of `DescribeCustomerGateways`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCustomerGateways {
    /// 对端网关对象列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_set: Option<Vec<CustomerGateway>>,
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
    )
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
    )
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

/// 查询专线网关云联网路由: the response of `DescribeDirectConnectGatewayCcnRoutes`.
///
/// 本接口（DescribeDirectConnectGatewayCcnRoutes）用于查询专线网关的云联网路由（IDC网段）
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDirectConnectGatewayCcnRoutes {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 云联网路由（IDC网段）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<DirectConnectGatewayCcnRoute>>,
}

/// 查询专线网关: the response of `DescribeDirectConnectGateways`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDirectConnectGateways {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 专线网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_set: Option<Vec<DirectConnectGateway>>,
}

/// 查询VPC流日志实例信息: the response of `DescribeFlowLog`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeFlowLog {
    /// 流日志信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log: Option<Vec<FlowLog>>,
}

/// 查询流日志集合: the response of `DescribeFlowLogs`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeFlowLogs {
    /// 流日志实例集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log: Option<Vec<FlowLog>>,
    /// 流日志总数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_num: Option<u64>,
}

/// 查询网关流量监控明细: the response of `DescribeGatewayFlowMonitorDetail`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeGatewayFlowMonitorDetail {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 网关流量监控明细。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_flow_monitor_detail_set: Option<Vec<GatewayFlowMonitorDetail>>,
}

/// 查询网关来访IP流控带宽: the response of `DescribeGatewayFlowQos`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeGatewayFlowQos {
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_qos_set: Option<Vec<GatewayQos>>,
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
    )
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

/// 查询HAVIP列表: the response of `DescribeHaVips`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHaVips {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
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
    )
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

/// 查询弹性公网IPv6列表: the response of `DescribeIPv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIPv6Addresses {
    /// 符合条件的 IPv6 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// IPv6 详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_set: Option<Vec<Address>>,
}

/// 查询指定云服务器是否支持巨帧: the response of `DescribeInstanceJumbo`.
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
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceJumbo {
    /// 云服务器巨帧状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_jumbo_set: Option<Vec<InstanceJumbo>>,
}

/// 查询传统弹性公网IPv6列表: the response of `DescribeIp6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIp6Addresses {
    /// 符合条件的 IPv6 数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
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
    errors("InternalServerError" = "操作内部错误。")
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
    errors("InternalServerError" = "操作内部错误。")
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

/// 获取IP地理位置库下载链接: the response of `DescribeIpGeolocationDatabaseUrl`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIpGeolocationDatabaseUrl {
    /// IP地理位置库下载链接地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub down_load_url: Option<String>,
    /// 链接到期时间。按照`ISO8601`标准表示，并且使用`UTC`时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_at: Option<String>,
}

/// 查询IP地理位置信息: the response of `DescribeIpGeolocationInfos`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeIpGeolocationInfos {
    /// IP地址信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_info: Option<Vec<IpGeolocationInfo>>,
    /// IP地址信息个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total: Option<i64>,
}

/// 查询本地网关: the response of `DescribeLocalGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLocalGateway {
    /// 本地网关信息集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway_set: Option<Vec<LocalGateway>>,
    /// 本地网关总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// 查询NAT网关端口转发规则: the response of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayDestinationIpPortTranslationNatRules {
    /// NAT网关端口转发规则对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_destination_ip_port_translation_nat_rule_set: Option<
        Vec<NatGatewayDestinationIpPortTranslationNatRule>,
    >,
    /// 符合条件的NAT网关端口转发规则对象数目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询专线绑定NAT路由: the response of `DescribeNatGatewayDirectConnectGatewayRoute`.
///
/// 查询专线绑定NAT的路由
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeNatGatewayDirectConnectGatewayRoute",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayDirectConnectGatewayRoute {
    /// 路由数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_direct_connect_gateway_route_set: Option<Vec<NatDirectConnectGatewayRoute>>,
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
    )
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

/// 查询NAT网关SNAT转发规则: the response of `DescribeNatGatewaySourceIpTranslationNatRules`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewaySourceIpTranslationNatRules {
    /// NAT网关SNAT规则对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ip_translation_nat_rule_set: Option<Vec<SourceIpTranslationNatRule>>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGatewayZones {
    /// 可售卖可用区信息列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_set: Option<Vec<NatZoneInfo>>,
}

/// 查询NAT网关: the response of `DescribeNatGateways`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNatGateways {
    /// NAT网关对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_set: Option<Vec<NatGateway>>,
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

/// 查询网络探测验证结果列表: the response of `DescribeNetDetectStates`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetDetectStates {
    /// 符合条件的网络探测验证结果对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_state_set: Option<Vec<NetDetectState>>,
    /// 符合条件的网络探测验证结果对象数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询网络探测列表: the response of `DescribeNetDetects`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetDetects {
    /// 符合条件的网络探测对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_set: Option<Vec<NetDetect>>,
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
    )
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

/// 分页查询网络ACL五元组条目列表: the response of `DescribeNetworkAclQuintupleEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkAclQuintupleEntries {
    /// 网络ACL条目列表（NetworkAclTuple5Entry）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_quintuple_set: Option<Vec<NetworkAclQuintupleEntry>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询网络ACL列表: the response of `DescribeNetworkAcls`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkAcls {
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_set: Option<Vec<NetworkAcl>>,
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询弹性网卡配额: the response of `DescribeNetworkInterfaceLimit`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkInterfaceLimit {
    /// 标准型弹性网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_quantity: Option<i64>,
    /// 每个标准型弹性网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_private_ip_address_quantity: Option<i64>,
    /// 扩展型网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extend_eni_quantity: Option<i64>,
    /// 每个扩展型弹性网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extend_eni_private_ip_address_quantity: Option<i64>,
    /// 中继网卡配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sub_eni_quantity: Option<i64>,
    /// 每个中继网卡可以分配的IP配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sub_eni_private_ip_address_quantity: Option<i64>,
}

/// 查询弹性网卡列表: the response of `DescribeNetworkInterfaces`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkInterfaces {
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_set: Option<Vec<NetworkInterface>>,
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
    )
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
    )
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
    )
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
    )
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
    )
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
    )
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
    errors("InternalError.ModuleError" = "内部模块错误。")
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

/// 查询内网保留IP: the response of `DescribeReserveIpAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeReserveIpAddresses {
    /// 内网保留 IP返回信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_address_set: Option<Vec<ReserveIpAddressInfo>>,
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
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
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
    )
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

/// 查看路由接收策略条目: the response of `DescribeRoutePolicyEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRoutePolicyEntries {
    /// 路由接收策略条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
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
    )
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
    )
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

/// 查询路由表: the response of `DescribeRouteTables`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteTables {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
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

/// 查询安全组关联实例统计: the response of `DescribeSecurityGroupAssociationStatistics`.
///
/// 本接口（DescribeSecurityGroupAssociationStatistics）用于查询安全组关联的实例统计。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSecurityGroupAssociationStatistics",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupAssociationStatistics {
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
    )
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
    action = "DescribeSecurityGroupLimits"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupLimits {
    /// 用户安全组配额限制。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_limit_set: Option<SecurityGroupLimitSet>,
}

/// 查询安全组规则: the response of `DescribeSecurityGroupPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupPolicies {
    /// 安全组规则集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

/// 查询安全组被引用信息: the response of `DescribeSecurityGroupReferences`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupReferences {
    /// 安全组被引用信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_security_group_set: Option<Vec<ReferredSecurityGroup>>,
}

/// 查看安全组: the response of `DescribeSecurityGroups`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroups {
    /// 安全组对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_set: Option<Vec<SecurityGroup>>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateGroupInstances;

/// 查询协议端口模板集合: the response of `DescribeServiceTemplateGroups`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateGroups {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplateInstances;

/// 查询协议端口模板: the response of `DescribeServiceTemplates`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeServiceTemplates {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// 协议端口模板对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_set: Option<Vec<ServiceTemplate>>,
}

/// 查询安全组快照文件内容: the response of `DescribeSgSnapshotFileContent`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSgSnapshotFileContent {
    /// 实例Id，即安全组Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 快照策略Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_id: Option<String>,
    /// 快照文件Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_file_id: Option<String>,
    /// 备份时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_time: Option<String>,
    /// 操作者。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operator: Option<String>,
    /// 原始数据。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_data: Option<Vec<SecurityGroupPolicy>>,
    /// 备份数据。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_data: Option<Vec<SecurityGroupPolicy>>,
}

/// 查询快照策略关联实例列表: the response of `DescribeSnapshotAttachedInstances`.
///
/// 本接口（DescribeSnapshotAttachedInstances）用于查询快照策略关联实例列表。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSnapshotAttachedInstances",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.Range" = "参数值不在指定范围。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotAttachedInstances {
    /// 实例列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<SnapshotInstance>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询快照文件: the response of `DescribeSnapshotFiles`.
///
/// 本接口（DescribeSnapshotFiles）用于查询快照文件。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSnapshotFiles",
    errors(
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.SnapshotNotAttached" = "实例未关联快照策略。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotFiles {
    /// 快照文件集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_file_set: Option<Vec<SnapshotFileInfo>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// 查询快照策略: the response of `DescribeSnapshotPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotPolicies {
    /// 快照策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policy_set: Option<Vec<SnapshotPolicy>>,
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
    )
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

/// 查看Subnet资源信息: the response of `DescribeSubnetResourceDashboard`.
///
/// 本接口(DescribeSubnetResourceDashboard)用于查看Subnet资源信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeSubnetResourceDashboard",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSubnetResourceDashboard {
    /// 资源统计结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_statistics_set: Option<Vec<ResourceStatistics>>,
}

/// 查询子网列表: the response of `DescribeSubnets`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSubnets {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
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

/// 查询异步任务执行结果: the response of `DescribeTaskResult`.
///
/// 本接口（DescribeTaskResult）用于查询EIP异步任务执行结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTaskResult",
    errors(
        "FailedOperation.TaskFailed" = "任务执行失败。",
        "InternalServerError" = "操作内部错误。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTaskResult {
    /// 任务ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
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
    )
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
    )
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
    )
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

/// 用户查询流量镜像: the response of `DescribeTrafficMirrors`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficMirrors {
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

/// 查询共享流量包: the response of `DescribeTrafficPackages`.
///
/// 本接口 (DescribeTrafficPackages)  用于查询共享流量包详细信息，包括共享流量包唯一标识ID，名称，流量使用信息等
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeTrafficPackages",
    errors(
        "InvalidParameter.InvalidFilter" = "该过滤规则不合法。",
        "InvalidParameterValue.TrafficPackageIdMalformed" = "该流量包ID不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficPackages {
    /// 按照条件查询出来的流量包数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
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
    errors("InvalidParameterValue.QosLevelRequired" = "必须携带服务等级。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTrafficQosPolicy {
    /// 流量调度规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_qos_policy_set: Option<Vec<TrafficQosPolicySet>>,
}

/// 查看子网或者vpc内IP使用情况: the response of `DescribeUsedIpAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeUsedIpAddress {
    /// 占用ip地址的资源信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_states: Option<Vec<IpAddressStates>>,
    /// 返回占用资源的个数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询终端节点列表: the response of `DescribeVpcEndPoint`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPoint {
    /// 终端节点对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_set: Option<Vec<EndPoint>>,
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

/// 查询终端节点服务列表: the response of `DescribeVpcEndPointService`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPointService {
    /// 终端节点服务对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_set: Option<Vec<EndPointService>>,
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

/// 查询终端节点服务的服务白名单列表: the response of `DescribeVpcEndPointServiceWhiteList`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcEndPointServiceWhiteList {
    /// 白名单对象数组。已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_user_set: Option<Vec<VpcEndPointServiceUser>>,
    /// 白名单对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_end_point_service_user_set: Option<Vec<VpcEndPointServiceUser>>,
    /// 符合条件的白名单个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询VPC下的云主机实例列表: the response of `DescribeVpcInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcInstances {
    /// 云主机实例列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<CvmInstance>>,
    /// 满足条件的云主机实例个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询VPC内IPv6列表: the response of `DescribeVpcIpv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcIpv6Addresses {
    /// `IPv6`地址列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_set: Option<Vec<VpcIpv6Address>>,
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
    errors("InvalidParameterValue.LimitExceeded" = "参数值超出限制。")
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
    )
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

/// 查询VPC内网IP信息: the response of `DescribeVpcPrivateIpAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcPrivateIpAddresses {
    /// 内网`IP`地址信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_private_ip_address_set: Option<Vec<VpcPrivateIpAddress>>,
}

/// 查看VPC资源信息: the response of `DescribeVpcResourceDashboard`.
///
/// 本接口(DescribeVpcResourceDashboard)用于查看VPC资源信息。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcResourceDashboard",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcResourceDashboard {
    /// 资源对象列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_dashboard_set: Option<Vec<ResourceDashboard>>,
}

/// 查询VPC异步任务执行结果: the response of `DescribeVpcTaskResult`.
///
/// 本接口（DescribeVpcTaskResult）用于查询VPC任务执行结果。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DescribeVpcTaskResult",
    errors("InternalError.ModuleError" = "内部模块错误。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcTaskResult {
    /// 异步任务执行结果。结果：SUCCESS、FAILED、RUNNING。3者其中之一。其中SUCCESS表示任务执行成功，FAILED表示任务执行失败，RUNNING表示任务执行中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 异步任务执行输出。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub output: Option<String>,
    /// 异步任务详细结果。只用于特殊场景，如批量删除弹性网卡时查询成功的网卡列表和失败的列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<VpcTaskResultDetailInfo>>,
}

/// 查询VPC列表: the response of `DescribeVpcs`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcs {
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// VPC对象。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_set: Option<Vec<Vpc>>,
}

/// 查询VPN通道列表: the response of `DescribeVpnConnections`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnConnections {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// VPN通道实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_set: Option<Vec<VpnConnection>>,
}

/// 查询VPN网关云联网路由: the response of `DescribeVpnGatewayCcnRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewayCcnRoutes {
    /// 云联网路由（IDC网段）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<VpngwCcnRoutes>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 查询VPN网关路由: the response of `DescribeVpnGatewayRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGatewayRoutes {
    /// VPN网关目的路由。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<VpnGatewayRoute>>,
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
    )
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
    )
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

/// 查询VPN网关: the response of `DescribeVpnGateways`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpnGateways {
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// VPN网关实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_set: Option<Vec<VpnGateway>>,
}

/// 云联网解关联实例: the response of `DetachCcnInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachCcnInstances;

/// 删除基础网络互通: the response of `DetachClassicLinkVpc`.
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
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachClassicLinkVpc;

/// 弹性网卡解绑云服务器: the response of `DetachNetworkInterface`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachNetworkInterface;

/// 快照策略解关联实例: the response of `DetachSnapshotInstances`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DetachSnapshotInstances;

/// 禁用云联网路由: the response of `DisableCcnRoutes`.
///
/// 本接口（DisableCcnRoutes）用于禁用已经启用的云联网（CCN）路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableCcnRoutes",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableCcnRoutes;

/// 停止流日志: the response of `DisableFlowLogs`.
///
/// 本接口（DisableFlowLogs）用于停止流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableFlowLogs",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableFlowLogs;

/// 关闭网关流量监控: the response of `DisableGatewayFlowMonitor`.
///
/// 本接口（DisableGatewayFlowMonitor）用于关闭网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableGatewayFlowMonitor",
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableGatewayFlowMonitor;

/// 禁用子网路由: the response of `DisableRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisableRoutes;

/// 停用快照策略: the response of `DisableSnapshotPolicies`.
///
/// 本接口（DisableSnapshotPolicies）用于停用快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisableSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
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

/// 解绑弹性公网IP: the response of `DisassociateAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateAddress {
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateDhcpIpWithAddressIp;

/// 专线网关解绑NAT网关: the response of `DisassociateDirectConnectGatewayNatGateway`.
///
/// 将专线网关与NAT网关解绑，解绑之后，专线网关将不能通过NAT网关访问公网
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateDirectConnectGatewayNatGateway",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateHaVipInstance;

/// 解绑弹性公网IPv6: the response of `DisassociateIPv6Address`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateIPv6Address;

/// NAT网关解绑弹性IP: the response of `DisassociateNatGatewayAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNatGatewayAddress;

/// 网络ACL解关联子网: the response of `DisassociateNetworkAclSubnets`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNetworkAclSubnets;

/// 弹性网卡解绑安全组: the response of `DisassociateNetworkInterfaceSecurityGroups`.
///
/// 本接口（DisassociateNetworkInterfaceSecurityGroups）用于弹性网卡解绑安全组。支持弹性网卡完全解绑安全组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateNetworkInterfaceSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateNetworkInterfaceSecurityGroups;

/// 终端节点解绑安全组: the response of `DisassociateVpcEndPointSecurityGroups`.
///
/// 本接口（DisassociateVpcEndPointSecurityGroups）用于终端节点解绑安全组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DisassociateVpcEndPointSecurityGroups",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateVpcEndPointSecurityGroups;

/// 下载VPN通道配置: the response of `DownloadCustomerGatewayConfiguration`.
///
/// 本接口（DownloadCustomerGatewayConfiguration）用于下载VPN通道配置。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "DownloadCustomerGatewayConfiguration",
    errors(
        "InvalidParameterValue.Empty" = "缺少参数。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadCustomerGatewayConfiguration {
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
    )
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

/// 启用云联网路由: the response of `EnableCcnRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableCcnRoutes;

/// 启动流日志: the response of `EnableFlowLogs`.
///
/// 本接口（EnableFlowLogs）用于启动流日志。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableFlowLogs",
    errors(
        "InvalidParameterValue.LimitExceeded" = "参数值超出限制。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableFlowLogs;

/// 开启网关流量监控: the response of `EnableGatewayFlowMonitor`.
///
/// 本接口（EnableGatewayFlowMonitor）用于开启网关流量监控。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableGatewayFlowMonitor",
    errors("UnsupportedOperation.InvalidState" = "资源状态不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableGatewayFlowMonitor;

/// 启用子网路由: the response of `EnableRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableRoutes;

/// 启用快照策略: the response of `EnableSnapshotPolicies`.
///
/// 本接口（EnableSnapshotPolicies）用于启用快照策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableSnapshotPolicies",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnableSnapshotPolicies;

/// 是否接受终端节点连接请求: the response of `EnableVpcEndPointConnect`.
///
/// 本接口（EnableVpcEndPointConnect）用于是否接受终端节点连接请求。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "EnableVpcEndPointConnect",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
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

/// 获取一对VPN通道健康检查地址: the response of `GenerateVpnConnectionDefaultHealthCheckIp`.
///
/// 本接口（GenerateVpnConnectionDefaultHealthCheckIp）用于获取一对VPN通道健康检查地址。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "GenerateVpnConnectionDefaultHealthCheckIp",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateVpnConnectionDefaultHealthCheckIp {
    /// VPN通道健康检查本端ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_local_ip: Option<String>,
    /// VPN通道健康检查对端ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_remote_ip: Option<String>,
}

/// 查询云联网相关地域带宽信息: the response of `GetCcnRegionBandwidthLimits`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetCcnRegionBandwidthLimits {
    /// 云联网（CCN）各地域出带宽详情。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_bandwidth_set: Option<Vec<CcnBandwidthInfo>>,
    /// 符合条件的对象数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// HAVIP绑定EIP: the response of `HaVipAssociateAddressIp`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct HaVipAssociateAddressIp;

/// HAVIP解绑EIP: the response of `HaVipDisassociateAddressIp`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct HaVipDisassociateAddressIp;

/// 创建专线网关询价: the response of `InquirePriceCreateDirectConnectGateway`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceCreateDirectConnectGateway {
    /// 专线网关标准接入费用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_cost: Option<i64>,
    /// 专线网关真实接入费用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub real_total_cost: Option<i64>,
}

/// 弹性公网IP新购询价: the response of `InquiryPriceAllocateAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceAllocateAddresses {
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
    action = "InquiryPriceCreateVpnGateway"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceCreateVpnGateway {
    /// 商品价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 弹性公网IP调整带宽询价: the response of `InquiryPriceModifyAddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceModifyAddressesBandwidth {
    /// 弹性公网IP调整带宽询价结果
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<InternetPrice>,
}

/// 弹性公网IP续费询价: the response of `InquiryPriceRenewAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewAddresses {
    /// 弹性公网IP续费价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<InternetPrice>,
}

/// 续费VPN网关询价: the response of `InquiryPriceRenewVpnGateway`.
///
/// 本接口（InquiryPriceRenewVpnGateway）用于续费VPN网关询价。目前仅支持IPSEC类型网关的询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceRenewVpnGateway",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewVpnGateway {
    /// 商品价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 调整VPN网关带宽上限询价: the response of `InquiryPriceResetVpnGatewayInternetMaxBandwidth`.
///
/// 本接口（InquiryPriceResetVpnGatewayInternetMaxBandwidth）用于调整VPN网关带宽上限询价。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "InquiryPriceResetVpnGatewayInternetMaxBandwidth",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetVpnGatewayInternetMaxBandwidth {
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigrateBandwidthPackageResources;

/// 弹性网卡迁移: the response of `MigrateNetworkInterface`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigrateNetworkInterface;

/// 弹性网卡内网IP迁移: the response of `MigratePrivateIpAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct MigratePrivateIpAddress;

/// 修改弹性公网IP属性: the response of `ModifyAddressAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressAttribute;

/// 调整弹性公网ip计费模式: the response of `ModifyAddressInternetChargeType`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressInternetChargeType;

/// 修改IP地址模板: the response of `ModifyAddressTemplateAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressTemplateAttribute;

/// 修改IP地址模板集合: the response of `ModifyAddressTemplateGroupAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressTemplateGroupAttribute;

/// 调整弹性公网IP带宽: the response of `ModifyAddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressesBandwidth {
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 调整包月IP续费标识: the response of `ModifyAddressesRenewFlag`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAddressesRenewFlag;

/// 修改辅助CIDR: the response of `ModifyAssistantCidr`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAssistantCidr {
    /// 辅助CIDR数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
}

/// 修改带宽包属性: the response of `ModifyBandwidthPackageAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyBandwidthPackageAttribute;

/// 调整共享带宽包带宽: the response of `ModifyBandwidthPackageBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyBandwidthPackageBandwidth;

/// 修改CCN关联实例属性: the response of `ModifyCcnAttachedInstancesAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnAttachedInstancesAttribute;

/// 修改CCN属性: the response of `ModifyCcnAttribute`.
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
    )
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
    errors("InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。")
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
    errors("InvalidParameterValue.MustHasOne" = "缺少参数，至少提供一个。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCcnPolicyBasedRoutingRuleAttribute;

/// 后付费产品修改带宽限速策略: the response of `ModifyCcnRegionBandwidthLimitsType`.
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
    )
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyCdcNetPlaneAttribute;

/// 修改对端网关: the response of `ModifyCustomerGatewayAttribute`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDhcpIpAttribute;

/// 修改专线网关属性: the response of `ModifyDirectConnectGatewayAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDirectConnectGatewayAttribute;

/// 修改流日志属性: the response of `ModifyFlowLogAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyFlowLogAttribute;

/// 调整网关流控带宽: the response of `ModifyGatewayFlowQos`.
///
/// 本接口（ModifyGatewayFlowQos）用于调整网关流控带宽。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyGatewayFlowQos",
    errors(
        "InvalidParameterValue.Range" = "参数值不在指定范围。",
        "UnsupportedOperation.InvalidState" = "资源状态不合法。"
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyGlobalRoutes;

/// 修改HAVIP属性: the response of `ModifyHaVipAttribute`.
///
/// 本接口（ModifyHaVipAttribute）用于修改高可用虚拟IP（HAVIP）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyHaVipAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHighPriorityRouteTableAttribute;

/// 修改弹性公网IPv6属性: the response of `ModifyIPv6AddressesAttributes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIPv6AddressesAttributes;

/// 调整弹性公网IPv6带宽: the response of `ModifyIPv6AddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIPv6AddressesBandwidth;

/// 调整传统弹性公网IPv6带宽: the response of `ModifyIp6AddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIp6AddressesBandwidth {
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIp6Translator;

/// 修改弹性网卡IPv6地址属性: the response of `ModifyIpv6AddressesAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyIpv6AddressesAttribute;

/// 修改本地网关: the response of `ModifyLocalGateway`.
///
/// 本接口（ModifyLocalGateway）用于修改CDC的本地网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyLocalGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayAdvancedAttribute;

/// 修改NAT网关的属性: the response of `ModifyNatGatewayAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayAttribute;

/// 修改NAT网关端口转发规则: the response of `ModifyNatGatewayDestinationIpPortTranslationNatRule`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewayDestinationIpPortTranslationNatRule;

/// 修改NAT网关SNAT转发规则: the response of `ModifyNatGatewaySourceIpTranslationNatRule`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNatGatewaySourceIpTranslationNatRule;

/// 修改网络探测: the response of `ModifyNetDetect`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetDetect;

/// 修改网络ACL属性: the response of `ModifyNetworkAclAttribute`.
///
/// 本接口（ModifyNetworkAclAttribute）用于修改网络ACL属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyNetworkAclAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclAttribute;

/// 修改网络ACL规则: the response of `ModifyNetworkAclEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclEntries;

/// 增量更新网络ACL五元组规则接口: the response of `ModifyNetworkAclQuintupleEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkAclQuintupleEntries;

/// 修改弹性网卡: the response of `ModifyNetworkInterfaceAttribute`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyNetworkInterfaceQos;

/// 修改弹性网卡内网IP信息: the response of `ModifyPrivateIpAddressesAttribute`.
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
    )
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
    )
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyPrivateNatGatewayTranslationNatRule;

/// 修改内网保留IP: the response of `ModifyReserveIpAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyReserveIpAddress;

/// 修改路由策略属性: the response of `ModifyRoutePolicyAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRoutePolicyAttribute;

/// 修改路由表属性: the response of `ModifyRouteTableAttribute`.
///
/// 本接口（ModifyRouteTableAttribute）用于修改路由表（RouteTable）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyRouteTableAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRouteTableSelectionPolicies;

/// 修改安全组属性: the response of `ModifySecurityGroupAttribute`.
///
/// 本接口（ModifySecurityGroupAttribute）用于修改安全组（SecurityGroupPolicy）属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySecurityGroupAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySecurityGroupAttribute;

/// 重置安全组出站和入站规则: the response of `ModifySecurityGroupPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySecurityGroupPolicies;

/// 修改协议端口模板: the response of `ModifyServiceTemplateAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyServiceTemplateAttribute;

/// 修改协议端口模板集合: the response of `ModifyServiceTemplateGroupAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyServiceTemplateGroupAttribute;

/// 修改快照策略: the response of `ModifySnapshotPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySnapshotPolicies;

/// 修改子网属性: the response of `ModifySubnetAttribute`.
///
/// 本接口（ModifySubnetAttribute）用于修改子网属性。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifySubnetAttribute",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySubnetAttribute;

/// 修改模板对象成员: the response of `ModifyTemplateMember`.
///
/// 修改模板对象中的IP地址、协议端口、IP地址组、协议端口组。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyTemplateMember",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "UnsupportedOperation.MutexOperationTaskRunning" = "资源互斥操作任务正在执行。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyTemplateMember;

/// 修改流量镜像属性: the response of `ModifyTrafficMirrorAttribute`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyTrafficMirrorFilterRules;

/// 修改VPC属性: the response of `ModifyVpcAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcAttribute;

/// 修改终端节点属性: the response of `ModifyVpcEndPointAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcEndPointAttribute;

/// 修改终端节点服务属性: the response of `ModifyVpcEndPointServiceAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcEndPointServiceAttribute;

/// 修改终端节点服务白名单属性: the response of `ModifyVpcEndPointServiceWhiteList`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpcPeeringConnection;

/// 修改VPN通道: the response of `ModifyVpnConnectionAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnConnectionAttribute;

/// 修改VPN网关属性: the response of `ModifyVpnGatewayAttribute`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayAttribute;

/// 修改VPN网关云联网路由: the response of `ModifyVpnGatewayCcnRoutes`.
///
/// 本接口（ModifyVpnGatewayCcnRoutes）用于修改VPN网关云联网路由。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewayCcnRoutes",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayCcnRoutes;

/// 修改VPN路由状态: the response of `ModifyVpnGatewayRoutes`.
///
/// 本接口（ModifyVpnGatewayRoutes）用于修改VPN路由是否启用。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ModifyVpnGatewayRoutes",
    errors(
        "UnsupportedOperation.RecordNotExists" = "记录不存在。",
        "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn" = "3.1以下版本VPN网关不支持配置ecmp路由"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyVpnGatewayRoutes {
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
    )
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
    )
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

/// 发布路由至云联网: the response of `NotifyRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyRoutes;

/// 刷新专线直连NAT路由: the response of `RefreshDirectConnectGatewayRouteToNatGateway`.
///
/// 刷新专线直连nat路由，更新nat到专线的路由表
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RefreshDirectConnectGatewayRouteToNatGateway"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshDirectConnectGatewayRouteToNatGateway {
    /// IDC子网信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_subnet_set: Option<Vec<DirectConnectSubnet>>,
}

/// 云联网拒绝关联实例: the response of `RejectAttachCcnInstances`.
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RejectVpcPeeringConnection;

/// 释放弹性公网IP: the response of `ReleaseAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseAddresses {
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 释放弹性公网IPv6: the response of `ReleaseIPv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseIPv6Addresses;

/// 关闭IPv6公网带宽: the response of `ReleaseIp6AddressesBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseIp6AddressesBandwidth {
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// 删除带宽包资源: the response of `RemoveBandwidthPackageResources`.
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RenewAddresses;

/// 续费VPN网关: the response of `RenewVpnGateway`.
///
/// 本接口（RenewVpnGateway）用于预付费（包年包月）VPN网关续费。目前只支持IPSEC网关。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "RenewVpnGateway",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "UnsupportedOperation.InsufficientFunds" = "账户余额不足。"
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceCcnRouteTableInputPolicys;

/// 替换专线网关云联网路由: the response of `ReplaceDirectConnectGatewayCcnRoutes`.
///
/// 本接口（ReplaceDirectConnectGatewayCcnRoutes）根据路由ID（RouteId）修改指定的路由（Route），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceDirectConnectGatewayCcnRoutes",
    errors(
        "InvalidParameterValue.Duplicate" = "入参重复。",
        "InvalidParameterValue.Malformed" = "入参格式不合法。"
    )
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
    )
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
    )
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

/// 替换路由接收策略绑定: the response of `ReplaceRoutePolicyAssociations`.
///
/// 本接口（ReplaceRoutePolicyAssociations）根据路由接收策略实例ID（RoutePolicyId）和路由表实例ID（RouteTableId）修改绑定优先级（Priority），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ReplaceRoutePolicyAssociations",
    errors(
        "InvalidParameterValue.RoutePolicyAssociationExists" = "路由策略绑定规则已经存在。",
        "InvalidParameterValue.RoutePolicyPriorityConflict" = "指定的优先级之间冲突或与已存在的优先级冲突。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutePolicyAssociations;

/// 替换路由表接收策略条目: the response of `ReplaceRoutePolicyEntries`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutePolicyEntries;

/// 替换路由表绑定关系: the response of `ReplaceRouteTableAssociation`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRouteTableAssociation;

/// 替换路由策略: the response of `ReplaceRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutes {
    /// 原路由策略信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_route_set: Option<Vec<Route>>,
    /// 修改后的路由策略信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_route_set: Option<Vec<Route>>,
}

/// 匹配路由接收策略: the response of `ReplaceRoutesWithRoutePolicy`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutesWithRoutePolicy;

/// 批量修改安全组规则: the response of `ReplaceSecurityGroupPolicies`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceSecurityGroupPolicies;

/// 替换单条安全组规则: the response of `ReplaceSecurityGroupPolicy`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceSecurityGroupPolicy;

/// 重新申请关联实例: the response of `ResetAttachCcnInstances`.
///
/// 本接口（ResetAttachCcnInstances）用于跨账号关联实例申请过期时，重新申请关联操作。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetAttachCcnInstances",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetHighPriorityRoutes;

/// 调整NAT网关并发连接上限: the response of `ResetNatGatewayConnection`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetNatGatewayConnection;

/// 重置路由策略绑定: the response of `ResetRoutePolicyAssociations`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutePolicyAssociations;

/// 重置路由接收策略条目: the response of `ResetRoutePolicyEntries`.
///
/// 本接口（ResetRoutePolicyEntries）根据路由接收策略规则ID（RoutePolicyId）重置指定的路由接收策略条目（RoutePolicyEntry），支持批量修改。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResetRoutePolicyEntries",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutePolicyEntries;

/// 重置路由表名称和路由策略: the response of `ResetRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetRoutes;

/// 更新流量镜像过滤规则: the response of `ResetTrafficMirrorFilter`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorFilter;

/// 重置流量镜像采集对象: the response of `ResetTrafficMirrorSrcs`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorSrcs;

/// 更新流量镜像接收目的信息: the response of `ResetTrafficMirrorTarget`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTrafficMirrorTarget;

/// 重置VPN通道: the response of `ResetVpnConnection`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetVpnConnection;

/// 调整VPN网关带宽上限: the response of `ResetVpnGatewayInternetMaxBandwidth`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetVpnGatewayInternetMaxBandwidth;

/// 恢复安全组策略: the response of `ResumeSnapshotInstance`.
///
/// 本接口（ResumeSnapshotInstance）用于根据备份内容恢复安全组策略。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "ResumeSnapshotInstance",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResumeSnapshotInstance;

/// 解绑并释放普通公网IP: the response of `ReturnNormalAddresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnNormalAddresses;

/// 设置云联网各地域出带宽上限或地域间上限: the response of `SetCcnRegionBandwidthLimits`.
///
/// 本接口（SetCcnRegionBandwidthLimits）用于设置云联网（CCN）各地域出带宽上限，或者地域间带宽上限。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "SetCcnRegionBandwidthLimits",
    errors(
        "UnsupportedOperation.NotPostpaidCcnOperation" = "当前云联网为非后付费类型，无法进行此操作。"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct SetCcnRegionBandwidthLimits;

/// 设置VPNGW续费标记: the response of `SetVpnGatewaysRenewFlag`.
///
/// 本接口（SetVpnGatewaysRenewFlag）用于设置VPNGW续费标记。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "SetVpnGatewaysRenewFlag",
    errors("InternalServerError" = "操作内部错误。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct SetVpnGatewaysRenewFlag;

/// 开启流量镜像: the response of `StartTrafficMirror`.
///
/// 本接口（StartTrafficMirror）用于开启流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "StartTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StartTrafficMirror;

/// 关闭流量镜像: the response of `StopTrafficMirror`.
///
/// 本接口（StopTrafficMirror）用于关闭流量镜像实例。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "StopTrafficMirror",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StopTrafficMirror;

/// 普通IP转弹性IP: the response of `TransformAddress`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct TransformAddress {
    /// 异步任务TaskId。可以使用[DescribeTaskResult](https://cloud.tencent.com/document/api/215/36271)接口查询任务状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
    /// 转为弹性公网IP后的唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
}

/// 释放IPv6地址: the response of `UnassignIpv6Addresses`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6Addresses;

/// 释放IPv6网段: the response of `UnassignIpv6CidrBlock`.
///
/// 本接口（UnassignIpv6CidrBlock）用于释放IPv6网段。
///
/// 网段如果还有IP占用且未回收，则网段无法释放。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UnassignIpv6CidrBlock",
    errors("InvalidParameterValue.Malformed" = "入参格式不合法。")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6CidrBlock;

/// 释放IPv6子网段: the response of `UnassignIpv6SubnetCidrBlock`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnassignIpv6SubnetCidrBlock;

/// 弹性网卡退还内网 IP: the response of `UnassignPrivateIpAddresses`.
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
    )
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
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UnlockCcns;

/// 更新流量镜像过滤规则或者采集对象: the response of `UpdateTrafficMirrorAllFilter`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTrafficMirrorAllFilter;

/// 更新流量镜像采集方向: the response of `UpdateTrafficMirrorDirection`.
///
/// 本接口（UpdateTrafficMirrorDirection）用于更新流量镜像实例的采集方向。
#[tencent_action::tencent_action(
    service = "vpc",
    version = "2017-03-12",
    action = "UpdateTrafficMirrorDirection",
    errors(
        "InvalidParameterValue.Malformed" = "入参格式不合法。",
        "InvalidParameterValue.UnsupportedTrafficMirrorAction" = "当前流量镜像不支持此操作。"
    )
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeNatGatewayProductVersion;

/// 从云联网撤销路由: the response of `WithdrawNotifyRoutes`.
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
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawNotifyRoutes;
