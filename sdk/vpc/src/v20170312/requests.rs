//! Each action's request.

use super::actions::*;

use super::model::*;

/// 云联网接受关联实例: the request of `AcceptAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AcceptAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AcceptAttachCcnInstancesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 接受关联实例列表。
    pub instances: Vec<CcnInstance>,
}

impl AcceptAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AcceptAttachCcnInstancesRequest {
    type Action = AcceptAttachCcnInstances;
}

/// 接受对等连接: the request of `AcceptVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AcceptVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AcceptVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl AcceptVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for AcceptVpcPeeringConnectionRequest {
    type Action = AcceptVpcPeeringConnection;
}

/// 添加带宽包资源: the request of `AddBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddBandwidthPackageResourcesRequest {
    /// 资源唯一ID，当前支持EIP资源和LB资源，形如'eip-xxxx', 'lb-xxxx'。EIP资源列表可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取，LB资源列表可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/api/214/30685)接口获取。
    pub resource_ids: Vec<String>,
    /// 带宽包唯一标识ID，形如'bwp-xxxx'，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// 带宽包类型，可选值：
    ///
    /// - BGP: 普通BGP共享带宽包
    ///
    /// - HIGH_QUALITY_BGP: 精品BGP共享带宽包
    ///
    /// - ANYCAST：公网加速带宽包
    ///
    /// - SINGLEISP_CMCC: 中国移动共享带宽包
    ///
    /// - SINGLEISP_CTCC: 中国电信共享带宽包
    ///
    /// - SINGLEISP_CUCC: 中国联通共享带宽包
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_type: Option<String>,
    /// 资源类型，可选值：
    ///
    /// - Address：弹性公网IP
    ///
    /// - LoadBalance：负载均衡
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// 带宽包协议类型。当前支持'ipv4'和'ipv6'协议类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// 用于带宽包内添加IP资源时指定IP带宽值。
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
}

impl AddBandwidthPackageResourcesRequest {
    /// The request with its required members (`ResourceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(resource_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
            bandwidth_package_id: None,
            network_type: None,
            resource_type: None,
            protocol: None,
            internet_max_bandwidth_out: None,
        }
    }
}

impl tencent_action::Request for AddBandwidthPackageResourcesRequest {
    type Action = AddBandwidthPackageResources;
}

/// 添加IPV6转换规则: the request of `AddIp6Rules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddIp6Rules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddIp6RulesRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换规则信息
    pub ip6_rule_infos: Vec<Ip6RuleInfo>,
    /// IPV6转换规则名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_rule_name: Option<String>,
}

impl AddIp6RulesRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleInfos`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_infos: impl IntoIterator<Item = Ip6RuleInfo>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_infos: ip6_rule_infos.into_iter().collect(),
            ip6_rule_name: None,
        }
    }
}

impl tencent_action::Request for AddIp6RulesRequest {
    type Action = AddIp6Rules;
}

/// 增加模板对象成员: the request of `AddTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddTemplateMemberRequest {
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// 需要添加的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致。
    pub template_member: Vec<MemberInfo>,
}

impl AddTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AddTemplateMemberRequest {
    type Action = AddTemplateMember;
}

/// 更换公网IP: the request of `AdjustPublicAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AdjustPublicAddress`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdjustPublicAddressRequest {
    /// 标识CVM实例的唯一 ID。CVM 唯一 ID 形如：`ins-11112222`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// 标识EIP实例的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_id: Option<String>,
}

impl tencent_action::Request for AdjustPublicAddressRequest {
    type Action = AdjustPublicAddress;
}

/// 创建弹性公网IP: the request of `AllocateAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateAddressesRequest {
    /// EIP数量。可申请的数量限制参考：[EIP 配额限制](https://cloud.tencent.com/document/product/1199/41648)。默认值：1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<i64>,
    /// EIP线路类型。各种线路类型详情可参考：[EIP 的 IP 地址类型](https://cloud.tencent.com/document/product/1199/41646)。默认值：BGP。
    ///
    /// - BGP：常规 BGP 线路
    ///
    /// - 已开通静态单线IP白名单的用户，可选值：
    ///
    /// - CMCC：中国移动
    ///
    /// - CTCC：中国电信
    ///
    /// - CUCC：中国联通
    ///
    /// 注意：仅部分地域支持静态单线IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_service_provider: Option<String>,
    /// EIP计费方式。
    ///
    /// - 标准账户类型，可选值：
    ///
    /// - BANDWIDTH_PACKAGE：[共享带宽包](https://cloud.tencent.com/document/product/684/15255)付费
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR。
    ///
    /// - 传统账户类型，无需传递此参数，EIP计费方式与其绑定的实例的计费方式一致，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// IP 资源计费模式，当前仅支持原生 IP。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - IP_POSTPAID_BY_HOUR：IP资源按小时后付费
    ///
    /// - IP_PREPAID_BY_MONTH：IP资源包月预付费
    #[serde(rename = "IPChargeType", default, skip_serializing_if = "Option::is_none")]
    pub ip_charge_type: Option<String>,
    /// EIP出带宽上限，单位：Mbps。
    ///
    /// - 标准账户类型EIP出带宽上限，可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_PACKAGE：1 Mbps 至 2000 Mbps
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：1 Mbps 至 200 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1 Mbps。
    ///
    /// - 传统账户类型无需传递此参数，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，其余场景不需传递
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
    /// EIP类型。各种EIP类型详情可参考：[EIP 的 IP 地址类型](https://cloud.tencent.com/document/product/1199/41646)。默认值：EIP。
    ///
    /// - EIP：弹性公网 IP。
    ///
    /// - AnycastEIP：加速 IP，已开通 [Anycast 公网加速](https://cloud.tencent.com/document/product/644)白名单的用户可选。仅部分地域支持加速IP，详情可见Anycast公网加速[购买指南](https://cloud.tencent.com/document/product/644/12617)。
    ///
    /// - HighQualityEIP：精品 IP。仅新加坡和中国香港支持精品IP。
    ///
    /// - AntiDDoSEIP：高防 IP。仅部分地域支持高防IP。
    ///
    /// - ResidentialEIP：原生 IP。仅部分地域支持原生IP。
    ///
    /// 关于弹性公网 IP 支持的 IP 类型，请见[产品概述](https://cloud.tencent.com/document/product/1199/41646)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// Anycast发布域。
    ///
    /// - 已开通Anycast公网加速白名单的用户，可选值：
    ///
    /// - ANYCAST_ZONE_GLOBAL：全球发布域（需要额外开通Anycast全球加速白名单）
    ///
    /// - ANYCAST_ZONE_OVERSEAS：境外发布域
    ///
    /// 默认值：ANYCAST_ZONE_OVERSEAS。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anycast_zone: Option<String>,
    /// 指定IP地址申请EIP，每个账户每个月只有三次配额
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip_cluster: Option<Vec<String>>,
    /// \[已废弃\] AnycastEIP不再区分是否负载均衡。原参数说明如下：
    ///
    /// AnycastEIP是否用于绑定负载均衡。
    ///
    /// - 已开通Anycast公网加速白名单的用户，可选值：
    ///
    /// - TRUE：AnycastEIP可绑定对象为负载均衡
    ///
    /// - FALSE：AnycastEIP可绑定对象为云服务器、NAT网关、高可用虚拟IP等
    ///
    /// 默认值：FALSE。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        rename = "ApplicableForCLB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_for_clb: Option<bool>,
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// BGP带宽包唯一ID参数。设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// EIP名称，用于申请EIP时用户自定义该EIP的个性化名称，默认值：未命名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// CDC唯一ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedicated_cluster_id: Option<String>,
    /// 是否使用独占资源池，默认值：True
    ///
    /// - True：表示使用独占资源池
    ///
    /// - False：表示使用共享资源池
    ///
    /// 说明：如需使用独占资源池，请 提交工单(<https://console.cloud.tencent.com/workorder/category>) 咨询，具体费用请咨询商务经理。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_dedicated_address_pool: Option<bool>,
    /// 网络出口，当前仅支持精品BGP、静态单线，这2种IP 地址类型的指定出口传入，默认值：center_egress1，其它可选值：center_egress2、center_egress3
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
    /// 高防包ID， 申请高防IP时，该字段必传。
    #[serde(
        rename = "AntiDDoSPackageId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub anti_ddo_s_package_id: Option<String>,
    /// 保证请求幂等性。从您的客户端生成一个参数值，确保不同请求间该参数值唯一。ClientToken只支持ASCII字符，且不能超过64个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl tencent_action::Request for AllocateAddressesRequest {
    type Action = AllocateAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// 创建弹性公网IPv6: the request of `AllocateIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateIPv6AddressesRequest {
    /// EIP名称，用于申请EIP时用户自定义该EIP的个性化名称。长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"_"，不能包含空格。
    ///
    /// 默认值：未命名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// 弹性公网IPv6类型，可选值：
    ///
    /// - EIPv6：弹性公网IPv6
    ///
    /// - HighQualityEIPv6：精品BGP线路弹性公网IPv6
    ///
    /// 注意：弹性公网IPv6产品需开白才能使用，其中精品BGP线路仅在中国香港支持。
    ///
    /// 默认值：EIPv6
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// 申请的弹性公网IPv6数量。单次最多可以申请20个弹性公网IPv6实例，总配额请参见[弹性公网 IPv6 配额说明](https://cloud.tencent.com/document/product/1142/38369)。
    ///
    /// 默认值：1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<i64>,
    /// 弹性公网IPv6计费方式，可选值：
    ///
    /// - BANDWIDTH_PACKAGE：[共享带宽包](https://cloud.tencent.com/document/product/684/15255)付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// 弹性公网IPv6线路类型，默认值：BGP。
    ///
    /// 已开通静态单线IP白名单的用户，可选值：
    ///
    /// - CMCC：中国移动
    ///
    /// - CTCC：中国电信
    ///
    /// - CUCC：中国联通
    ///
    /// 注意：仅部分地域支持静态单线IP。具体请以控制台购买页展示为准。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_service_provider: Option<String>,
    /// 弹性公网IPv6带宽上限，单位：Mbps。
    ///
    /// 可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_PACKAGE（共享带宽包付费）：1 Mbps 至 2000 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR（流量按小时后付费）：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// 带宽包唯一ID参数。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    ///
    /// 设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 弹性公网IPv6网络出口，可选值：
    ///
    /// - CENTER_EGRESS_1：中心出口一
    ///
    /// - CENTER_EGRESS_2：中心出口二
    ///
    /// 注意：不同地域支持的线路类型、网络出口略有差异，请以控制台展示为准。
    ///
    /// 默认值：CENTER_EGRESS_1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
}

impl tencent_action::Request for AllocateIPv6AddressesRequest {
    type Action = AllocateIPv6Addresses;
}

/// 开通IPv6公网带宽: the request of `AllocateIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateIp6AddressesBandwidthRequest {
    /// 需要开通公网访问能力的IPv6地址，可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。
    pub ip6_addresses: Vec<String>,
    /// 带宽上限，单位Mbps。可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    ///
    /// 默认值：1Mbps
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// 网络计费模式。IPv6当前支持：
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// - BANDWIDTH_PACKAGE：共享带宽包付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// 带宽包id，设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的IPv6加入该带宽包并采用带宽包计费。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl AllocateIp6AddressesBandwidthRequest {
    /// The request with its required members (`Ip6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_addresses: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ip6_addresses: ip6_addresses.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out: None,
            internet_charge_type: None,
            bandwidth_package_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for AllocateIp6AddressesBandwidthRequest {
    type Action = AllocateIp6AddressesBandwidth;
}

/// 分配IPv6地址: the request of `AssignIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6AddressesRequest {
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的`IPv6`地址列表，单次最多指定10个。与入参`Ipv6AddressCount`合并计算配额。与Ipv6AddressCount必填一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_addresses: Option<Vec<Ipv6Address>>,
    /// 自动分配`IPv6`地址个数，内网IP地址个数总和不能超过配额数。与入参`Ipv6Addresses`合并计算配额。与Ipv6Addresses必填一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_count: Option<u64>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignIpv6AddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: None,
            ipv6_address_count: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6AddressesRequest {
    type Action = AssignIpv6Addresses;
    const CLIENT_TOKEN: bool = true;
}

/// 分配IPv6网段: the request of `AssignIpv6CidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6CidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6CidrBlockRequest {
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// 申请IPv6 Cidr 的类型，`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl AssignIpv6CidrBlockRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6CidrBlockRequest {
    type Action = AssignIpv6CidrBlock;
}

/// 分配IPv6子网段: the request of `AssignIpv6SubnetCidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6SubnetCidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6SubnetCidrBlockRequest {
    /// 子网所在私有网络`ID`。形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// 分配 `IPv6` 子网段列表。
    pub ipv6_subnet_cidr_blocks: Vec<Ipv6SubnetCidrBlock>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignIpv6SubnetCidrBlockRequest {
    /// The request with its required members (`VpcId`, `Ipv6SubnetCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        ipv6_subnet_cidr_blocks: impl IntoIterator<Item = Ipv6SubnetCidrBlock>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_subnet_cidr_blocks: ipv6_subnet_cidr_blocks.into_iter().collect(),
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6SubnetCidrBlockRequest {
    type Action = AssignIpv6SubnetCidrBlock;
    const CLIENT_TOKEN: bool = true;
}

/// 弹性网卡申请内网 IP: the request of `AssignPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignPrivateIpAddressesRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的内网IP信息，单次最多指定10个。与SecondaryPrivateIpAddressCount至少提供一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// 新申请的内网IP地址个数，与PrivateIpAddresses至少提供一个。内网IP地址个数总和不能超过配额数，详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignPrivateIpAddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignPrivateIpAddressesRequest {
    type Action = AssignPrivateIpAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// 绑定弹性公网IP: the request of `AssociateAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateAddressRequest {
    /// 标识 EIP 的唯一 ID。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。EIP 唯一 ID 形如：`eip-11112222`。
    pub address_id: String,
    /// 要绑定的实例 ID。实例 ID 形如：`ins-11112222`、`lb-11112222`。可通过登录[控制台](https://console.cloud.tencent.com/cvm)查询，也可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：`eni-11112222`。`NetworkInterfaceId` 与 `InstanceId` 不可同时指定。弹性网卡 ID 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的`networkInterfaceId`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// 要绑定的内网 IP。如果指定了 `NetworkInterfaceId` 则也必须指定 `PrivateIpAddress` ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 `PrivateIpAddress` 是指定的 `NetworkInterfaceId` 上的一个内网 IP。指定弹性网卡的内网 IP 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的`privateIpAddress`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
    /// 指定绑定时是否设置直通。弹性公网 IP 直通请参见 [EIP 直通](https://cloud.tencent.com/document/product/1199/41709)。取值：true、false，默认值为 false。当绑定 CVM 实例、EKS 弹性集群时，可设定此参数为 true。此参数目前处于内测中，如需使用，请提交 [工单申请](https://console.cloud.tencent.com/workorder/category?level1_id=6&level2_id=163&source=0&data_title=%E8%B4%9F%E8%BD%BD%E5%9D%87%E8%A1%A1%20CLB&level3_id=1071&queue=96&scene_code=34639&step=2)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_direct_connection: Option<bool>,
    /// 要绑定的实例所在地域。默认无需填写，仅限GAAP特殊场景需指定实例所在地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_region: Option<String>,
}

impl AssociateAddressRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            instance_id: None,
            network_interface_id: None,
            private_ip_address: None,
            eip_direct_connection: None,
            instance_region: None,
        }
    }
}

impl tencent_action::Request for AssociateAddressRequest {
    type Action = AssociateAddress;
}

/// DhcpIp绑定EIP: the request of `AssociateDhcpIpWithAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateDhcpIpWithAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateDhcpIpWithAddressIpRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。必须是没有绑定`EIP`的`DhcpIp`
    pub dhcp_ip_id: String,
    /// 弹性公网`IP`。必须是没有绑定`DhcpIp`的`EIP`
    pub address_ip: String,
}

impl AssociateDhcpIpWithAddressIpRequest {
    /// The request with its required members (`DhcpIpId`, `AddressIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>, address_ip: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
            address_ip: address_ip.into(),
        }
    }
}

impl tencent_action::Request for AssociateDhcpIpWithAddressIpRequest {
    type Action = AssociateDhcpIpWithAddressIp;
}

/// 专线网关绑定NAT网关: the request of `AssociateDirectConnectGatewayNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateDirectConnectGatewayNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateDirectConnectGatewayNatGatewayRequest {
    /// VPC实例ID。形如：vpc-xxx。
    pub vpc_id: String,
    /// NAT网关ID。形如：nat-xxx
    pub nat_gateway_id: String,
    /// 专线网关ID。形如：dcg-xxx
    pub direct_connect_gateway_id: String,
}

impl AssociateDirectConnectGatewayNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        direct_connect_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for AssociateDirectConnectGatewayNatGatewayRequest {
    type Action = AssociateDirectConnectGatewayNatGateway;
}

/// HAVIP绑定子机或网卡: the request of `AssociateHaVipInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateHaVipInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateHaVipInstanceRequest {
    /// HaVip绑定的子机或网卡。最多支持10个实例。
    pub ha_vip_association_set: Vec<HaVipAssociation>,
}

impl AssociateHaVipInstanceRequest {
    /// The request with its required members (`HaVipAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ha_vip_association_set: impl IntoIterator<Item = HaVipAssociation>,
    ) -> Self {
        Self {
            ha_vip_association_set: ha_vip_association_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AssociateHaVipInstanceRequest {
    type Action = AssociateHaVipInstance;
}

/// 绑定弹性公网IPv6: the request of `AssociateIPv6Address`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateIPv6Address`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateIPv6AddressRequest {
    /// 弹性公网IPv6唯一ID，EIPv6 唯一 ID 形如：eipv6-11112222。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressId")]
    pub ipv6_address_id: String,
    /// 要绑定的实例 ID。实例 ID 形如：ins-djflxkvi。可通过登录控制台查询，也可通过 DescribeInstances 接口返回值中的InstanceId获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni?rid=1)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的networkInterfaceId获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// 要绑定的内网 IPv6。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIPv6Address ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 PrivateIPv6Address 是指定的 NetworkInterfaceId 上的一个内网 IPv6。指定弹性网卡的内网 IPv6 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni?rid=1)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的Ipv6AddressSet.Address获取。
    #[serde(
        rename = "PrivateIPv6Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ipv6_address: Option<String>,
}

impl AssociateIPv6AddressRequest {
    /// The request with its required members (`IPv6AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_id: impl Into<String>) -> Self {
        Self {
            ipv6_address_id: ipv6_address_id.into(),
            instance_id: None,
            network_interface_id: None,
            private_ipv6_address: None,
        }
    }
}

impl tencent_action::Request for AssociateIPv6AddressRequest {
    type Action = AssociateIPv6Address;
}

/// 关联云联网实例到指定的云联网路由表: the request of `AssociateInstancesToCcnRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateInstancesToCcnRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateInstancesToCcnRouteTableRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 路由表ID。
    pub route_table_id: String,
    /// 实例列表。
    pub instances: Vec<CcnInstanceWithoutRegion>,
}

impl AssociateInstancesToCcnRouteTableRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstanceWithoutRegion>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AssociateInstancesToCcnRouteTableRequest {
    type Action = AssociateInstancesToCcnRouteTable;
}

/// NAT网关绑定弹性IP: the request of `AssociateNatGatewayAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNatGatewayAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNatGatewayAddressRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// 需要申请的弹性IP个数，系统会按您的要求生产N个弹性IP, 其中AddressCount和PublicAddresses至少传递一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<u64>,
    /// 绑定NAT网关的弹性IP数组，其中AddressCount和PublicAddresses至少传递一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses: Option<Vec<String>>,
    /// 弹性IP可用区，自动分配弹性IP时传递。
    ///
    /// 其中产品可用区查询接口为[查询产品可用区列表](https://cloud.tencent.com/document/product/1596/77929)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// 绑定NAT网关的弹性IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_public_ip_addresses_bandwidth_out: Option<u64>,
    /// 需要申请公网IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses_bandwidth_out: Option<u64>,
    /// 公网IP是否强制与NAT网关来自同可用区，true表示需要与NAT网关同可用区；false表示可与NAT网关不是同一个可用区。此参数只有当参数Zone存在时才能生效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_from_same_zone: Option<bool>,
    /// 启用或者禁用NAT网关绑定的EIP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_enable_mode: Option<bool>,
}

impl AssociateNatGatewayAddressRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            address_count: None,
            public_ip_addresses: None,
            zone: None,
            stock_public_ip_addresses_bandwidth_out: None,
            public_ip_addresses_bandwidth_out: None,
            public_ip_from_same_zone: None,
            ip_address_enable_mode: None,
        }
    }
}

impl tencent_action::Request for AssociateNatGatewayAddressRequest {
    type Action = AssociateNatGatewayAddress;
}

/// 网络ACL关联子网: the request of `AssociateNetworkAclSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNetworkAclSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNetworkAclSubnetsRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 子网实例ID数组。例如：\[subnet-12345678\]。
    pub subnet_ids: Vec<String>,
}

impl AssociateNetworkAclSubnetsRequest {
    /// The request with its required members (`NetworkAclId`, `SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        subnet_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AssociateNetworkAclSubnetsRequest {
    type Action = AssociateNetworkAclSubnets;
}

/// 弹性网卡绑定安全组: the request of `AssociateNetworkInterfaceSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNetworkInterfaceSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNetworkInterfaceSecurityGroupsRequest {
    /// 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。本接口不支持主网卡绑定安全组。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    pub security_group_ids: Vec<String>,
}

impl AssociateNetworkInterfaceSecurityGroupsRequest {
    /// The request with its required members (`NetworkInterfaceIds`, `SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AssociateNetworkInterfaceSecurityGroupsRequest {
    type Action = AssociateNetworkInterfaceSecurityGroups;
}

/// 云联网关联实例: the request of `AttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachCcnInstancesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 关联网络实例列表
    pub instances: Vec<CcnInstance>,
    /// CCN所属UIN（根账号），默认当前账号所属UIN
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_uin: Option<String>,
}

impl AttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
            ccn_uin: None,
        }
    }
}

impl tencent_action::Request for AttachCcnInstancesRequest {
    type Action = AttachCcnInstances;
}

/// 创建基础网络互通: the request of `AttachClassicLinkVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachClassicLinkVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachClassicLinkVpcRequest {
    /// VPC实例ID
    pub vpc_id: String,
    /// CVM实例ID
    pub instance_ids: Vec<String>,
}

impl AttachClassicLinkVpcRequest {
    /// The request with its required members (`VpcId`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AttachClassicLinkVpcRequest {
    type Action = AttachClassicLinkVpc;
}

/// 弹性网卡绑定云服务器: the request of `AttachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachNetworkInterfaceRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// 网卡的挂载类型：0 标准型，1扩展型，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AttachNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            attach_type: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AttachNetworkInterfaceRequest {
    type Action = AttachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// 快照策略关联实例: the request of `AttachSnapshotInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachSnapshotInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachSnapshotInstancesRequest {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 关联实例信息。
    pub instances: Vec<SnapshotInstance>,
}

impl AttachSnapshotInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        instances: impl IntoIterator<Item = SnapshotInstance>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AttachSnapshotInstancesRequest {
    type Action = AttachSnapshotInstances;
}

/// 合规化审批: the request of `AuditCrossBorderCompliance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AuditCrossBorderCompliance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuditCrossBorderComplianceRequest {
    /// 服务商, 可选值：`UNICOM`。
    pub service_provider: String,
    /// 表单唯一`ID`。可通过[DescribeCrossBorderCompliance](https://cloud.tencent.com/document/product/215/47838)接口查询ComplianceId信息
    pub compliance_id: u64,
    /// 通过：`APPROVED `，拒绝：`DENY`。
    pub audit_behavior: String,
}

impl AuditCrossBorderComplianceRequest {
    /// The request with its required members (`ServiceProvider`, `ComplianceId`, `AuditBehavior`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        service_provider: impl Into<String>,
        compliance_id: u64,
        audit_behavior: impl Into<String>,
    ) -> Self {
        Self {
            service_provider: service_provider.into(),
            compliance_id,
            audit_behavior: audit_behavior.into(),
        }
    }
}

impl tencent_action::Request for AuditCrossBorderComplianceRequest {
    type Action = AuditCrossBorderCompliance;
}

/// 检查辅助CIDR冲突: the request of `CheckAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckAssistantCidrRequest {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    pub vpc_id: String,
    /// 待添加的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_cidr_blocks: Option<Vec<String>>,
    /// 待删除的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_cidr_blocks: Option<Vec<String>>,
}

impl CheckAssistantCidrRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            new_cidr_blocks: None,
            old_cidr_blocks: None,
        }
    }
}

impl tencent_action::Request for CheckAssistantCidrRequest {
    type Action = CheckAssistantCidr;
}

/// 预判是否可建默认子网: the request of `CheckDefaultSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckDefaultSubnet`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckDefaultSubnetRequest {
    /// 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

impl tencent_action::Request for CheckDefaultSubnetRequest {
    type Action = CheckDefaultSubnet;
}

/// 查询网关是否启用流量监控: the request of `CheckGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckGatewayFlowMonitorRequest {
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl CheckGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for CheckGatewayFlowMonitorRequest {
    type Action = CheckGatewayFlowMonitor;
}

/// 验证网络探测: the request of `CheckNetDetectState`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckNetDetectState`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckNetDetectStateRequest {
    /// 探测目的IPv4地址数组，最多两个。
    pub detect_destination_ip: Vec<String>,
    /// 网络探测实例ID。形如：netd-12345678。该参数与（VpcId，SubnetId，NetDetectName），至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_id: Option<String>,
    /// `VPC`实例`ID`。形如：`vpc-12345678`。该参数与（SubnetId，NetDetectName）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 子网实例ID。形如：subnet-12345678。该参数与（VpcId，NetDetectName）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 网络探测名称，最大长度不能超过60个字节。该参数与（VpcId，SubnetId）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_name: Option<String>,
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
}

impl CheckNetDetectStateRequest {
    /// The request with its required members (`DetectDestinationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        detect_destination_ip: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            detect_destination_ip: detect_destination_ip
                .into_iter()
                .map(Into::into)
                .collect(),
            net_detect_id: None,
            vpc_id: None,
            subnet_id: None,
            net_detect_name: None,
            next_hop_type: None,
            next_hop_destination: None,
        }
    }
}

impl tencent_action::Request for CheckNetDetectStateRequest {
    type Action = CheckNetDetectState;
}

/// 检查流量镜像的采集端接收端: the request of `CheckTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckTrafficMirrorRequest {
    /// 流量镜像所属的vpc
    pub vpc_id: String,
    /// 流量镜像的实例id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_id: Option<String>,
    /// 流量镜像的采集端IP列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_sources: Option<Vec<String>>,
    /// 流量镜像的接收端的子网
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 流量镜像采集端的
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_target: Option<Vec<TrafficMirrorTarget>>,
}

impl CheckTrafficMirrorRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            traffic_mirror_id: None,
            collector_sources: None,
            subnet_id: None,
            collector_target: None,
        }
    }
}

impl tencent_action::Request for CheckTrafficMirrorRequest {
    type Action = CheckTrafficMirror;
}

/// 清空云联网路由表选择策略: the request of `ClearRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ClearRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClearRouteTableSelectionPoliciesRequest {
    /// 云联网ID。
    pub ccn_id: String,
}

impl ClearRouteTableSelectionPoliciesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for ClearRouteTableSelectionPoliciesRequest {
    type Action = ClearRouteTableSelectionPolicies;
}

/// 克隆安全组: the request of `CloneSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CloneSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CloneSecurityGroupRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组名称，可任意命名，但不得超过60个字符。未提供参数时，克隆后的安全组名称和SecurityGroupId对应的安全组名称相同。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 安全组备注，最多100个字符。未提供参数时，克隆后的安全组备注和SecurityGroupId对应的安全组备注相同。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_description: Option<String>,
    /// 项目ID，默认0。可在[qcloud控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// 源Region,跨地域克隆安全组时，需要传入源安全组所属地域信息，例如：克隆广州的安全组到上海，则这里需要传入广州安全的地域信息：ap-guangzhou。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_region: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    ///
    /// 若指定Tags入参且指定IsCloneTags为true，会合并源安全组的标签和新增的标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 是否克隆标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_clone_tags: Option<bool>,
}

impl CloneSecurityGroupRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            group_name: None,
            group_description: None,
            project_id: None,
            remote_region: None,
            tags: None,
            is_clone_tags: None,
        }
    }
}

impl tencent_action::Request for CloneSecurityGroupRequest {
    type Action = CloneSecurityGroup;
}

/// 创建IP地址模板: the request of `CreateAddressTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAddressTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAddressTemplateRequest {
    /// IP地址模板名称。
    pub address_template_name: String,
    /// 地址信息，支持 IP、CIDR、IP 范围。Addresses与AddressesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
    /// 地址信息，支持携带备注，支持 IP、CIDR、IP 范围。Addresses与AddressesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses_extra: Option<Vec<AddressInfo>>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateAddressTemplateRequest {
    /// The request with its required members (`AddressTemplateName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_name: impl Into<String>) -> Self {
        Self {
            address_template_name: address_template_name.into(),
            addresses: None,
            addresses_extra: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateAddressTemplateRequest {
    type Action = CreateAddressTemplate;
}

/// 创建IP地址模板集合: the request of `CreateAddressTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAddressTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAddressTemplateGroupRequest {
    /// IP地址模板集合名称。
    pub address_template_group_name: String,
    /// IP地址模板实例ID，例如：ipm-mdunqeb6。
    pub address_template_ids: Vec<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateAddressTemplateGroupRequest {
    /// The request with its required members (`AddressTemplateGroupName`, `AddressTemplateIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_template_group_name: impl Into<String>,
        address_template_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            address_template_group_name: address_template_group_name.into(),
            address_template_ids: address_template_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateAddressTemplateGroupRequest {
    type Action = CreateAddressTemplateGroup;
}

/// 创建弹性网卡并绑定云服务器: the request of `CreateAndAttachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAndAttachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAndAttachNetworkInterfaceRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: String,
    /// 弹性网卡名称，最大长度不能超过60个字符。
    pub network_interface_name: String,
    /// 弹性网卡所在的子网实例ID，例如：subnet-0ap8nwca。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// 云服务器实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// 指定的内网IP信息，单次最多指定10个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// 新申请的内网IP地址个数，内网IP地址个数总和不能超过配额数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 指定绑定的安全组，例如：\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 绑定类型：0 标准型 1 扩展型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
    /// 是否创建RDMA弹性网卡，true:创建rdma弹性网卡，false:普通弹性网卡。不填默认为false。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_rdma: Option<bool>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateAndAttachNetworkInterfaceRequest {
    /// The request with its required members (`VpcId`, `NetworkInterfaceName`, `SubnetId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        network_interface_name: impl Into<String>,
        subnet_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_interface_name: network_interface_name.into(),
            subnet_id: subnet_id.into(),
            instance_id: instance_id.into(),
            private_ip_addresses: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            security_group_ids: None,
            network_interface_description: None,
            tags: None,
            attach_type: None,
            is_rdma: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateAndAttachNetworkInterfaceRequest {
    type Action = CreateAndAttachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// 创建辅助CIDR: the request of `CreateAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAssistantCidrRequest {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    pub vpc_id: String,
    /// CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]
    pub cidr_blocks: Vec<String>,
}

impl CreateAssistantCidrRequest {
    /// The request with its required members (`VpcId`, `CidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            cidr_blocks: cidr_blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for CreateAssistantCidrRequest {
    type Action = CreateAssistantCidr;
}

/// 创建共享带宽包: the request of `CreateBandwidthPackage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateBandwidthPackage`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateBandwidthPackageRequest {
    /// 带宽包类型, 默认值: BGP, 可选值:
    ///
    /// - BGP: 普通BGP共享带宽包
    ///
    /// - HIGH_QUALITY_BGP: 精品BGP共享带宽包
    ///
    /// - SINGLEISP_CMCC: 中国移动共享带宽包
    ///
    /// - SINGLEISP_CTCC: 中国电信共享带宽包
    ///
    /// - SINGLEISP_CUCC: 中国联通共享带宽包
    ///
    /// 注意：仅部分地域支持三网带宽包和精品BGP带宽包。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_type: Option<String>,
    /// 带宽包计费类型, 默认为: ENHANCED95_POSTPAID_BY_MONTH, 可选值:
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 后付费-增强型95计费
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 后付费-按主流量计费
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 常规BGP-后付费-按带宽计费
    ///
    /// - FIXED_PREPAID_BY_MONTH: 常规BGP-预付费
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 静态单线-后付费-按日结算
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 后付费-TOP5计费，如需使用，请提交工单申请
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// 带宽包名称。名称长度小于60，只包含数字、字母和下划线。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_name: Option<String>,
    /// 带宽包数量(传统账户类型只能填1), 标准账户类型取值范围为1~20。默认为1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_count: Option<u64>,
    /// 带宽包限速大小。单位：Mbps，-1表示不限速。带宽包计费类型对应的带宽上下限可参考：[BandwidthRange](https://cloud.tencent.com/document/api/215/15824#BandwidthRange)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth: Option<i64>,
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 带宽包协议类型。当前支持'ipv4'和'ipv6'协议带宽包，默认值是'ipv4'。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// 预付费包月带宽包的购买时长，单位: 月，取值范围: 1~60。预付费计费类型必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_span: Option<u64>,
    /// 网络出口，默认值：center_egress1，其它可选值：center_egress2、center_egress3。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
    /// 仅用于申请特殊可用区带宽包，如：TEZ/EZ边缘可用区，CDZ专属可用区。具体可选可用区信息，请参考[DescribeDesignatedZones](https://cloud.tencent.com/document/product/215/128830)接口查询结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated_zone: Option<String>,
}

impl tencent_action::Request for CreateBandwidthPackageRequest {
    type Action = CreateBandwidthPackage;
}

/// 创建CCN: the request of `CreateCcn`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcn`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnRequest {
    /// CCN名称，最大长度不能超过60个字节。
    pub ccn_name: String,
    /// CCN描述信息，最大长度不能超过100个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_description: Option<String>,
    /// CCN服务质量，`PT`：白金，`AU`：金，`AG`：银，默认为`AU`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 计费模式，`PREPAID`：表示预付费，即包年包月，`POSTPAID`：表示后付费，即按量计费。默认：`POSTPAID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// 计量模式,`BANDWIDTH`：表示带宽,即带宽计量模式，`TRAFFIC`：表示流量,即流量计量模式。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_metering_type: Option<String>,
    /// 限速类型，`OUTER_REGION_LIMIT`表示地域出口限速，`INTER_REGION_LIMIT`为地域间限速，默认为`OUTER_REGION_LIMIT`。预付费模式仅支持地域间限速，后付费模式支持地域间限速和地域出口限速。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_limit_type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateCcnRequest {
    /// The request with its required members (`CcnName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_name: impl Into<String>) -> Self {
        Self {
            ccn_name: ccn_name.into(),
            ccn_description: None,
            qos_level: None,
            instance_charge_type: None,
            instance_metering_type: None,
            bandwidth_limit_type: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateCcnRequest {
    type Action = CreateCcn;
}

/// 创建云联网策略路由下一跳: the request of `CreateCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 下一跳地域
    pub next_hop_region: String,
    /// 关联实例ID
    pub instance_id: String,
    /// 名称
    pub name: String,
    /// 关联实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    pub instance_type: String,
    /// 状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 下一跳资源类型\[HAVIP, GWLB_ENDPOINT\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_id: Option<String>,
}

impl CreateCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`, `NextHopRegion`, `InstanceId`, `Name`, `InstanceType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        next_hop_region: impl Into<String>,
        instance_id: impl Into<String>,
        name: impl Into<String>,
        instance_type: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            next_hop_region: next_hop_region.into(),
            instance_id: instance_id.into(),
            name: name.into(),
            instance_type: instance_type.into(),
            state: None,
            description: None,
            next_hop_resource_type: None,
            next_hop_resource_id: None,
        }
    }
}

impl tencent_action::Request for CreateCcnPolicyBasedRoutingNextHopRequest {
    type Action = CreateCcnPolicyBasedRoutingNextHop;
}

/// 批量创建云联网策略路由匹配规则: the request of `CreateCcnPolicyBasedRoutingRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnPolicyBasedRoutingRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnPolicyBasedRoutingRulesRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网策略路由匹配规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_policy_based_routing_rule_set: Option<Vec<CcnPolicyBasedRoutingRule>>,
}

impl CreateCcnPolicyBasedRoutingRulesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_policy_based_routing_rule_set: None,
        }
    }
}

impl tencent_action::Request for CreateCcnPolicyBasedRoutingRulesRequest {
    type Action = CreateCcnPolicyBasedRoutingRules;
}

/// 新建云联网路由表: the request of `CreateCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnRouteTablesRequest {
    /// 需要创建的路由表列表。
    pub route_table: Vec<CcnBatchRouteTable>,
}

impl CreateCcnRouteTablesRequest {
    /// The request with its required members (`RouteTable`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table: impl IntoIterator<Item = CcnBatchRouteTable>) -> Self {
        Self {
            route_table: route_table.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateCcnRouteTablesRequest {
    type Action = CreateCcnRouteTables;
}

/// 创建 IDC 通道: the request of `CreateCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdcLDCXListRequest {}

impl tencent_action::Request for CreateCdcLDCXListRequest {
    type Action = CreateCdcLDCXList;
}

/// 创建虚拟连接: the request of `CreateCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdcNetPlanesRequest {}

impl tencent_action::Request for CreateCdcNetPlanesRequest {
    type Action = CreateCdcNetPlanes;
}

/// 创建对端网关: the request of `CreateCustomerGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCustomerGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCustomerGatewayRequest {
    /// 对端网关名称，可任意命名，但不得超过60个字符。
    pub customer_gateway_name: String,
    /// 对端网关公网IP。
    pub ip_address: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// BGP ASN。ASN取值范围为1- 4294967295，其中139341、45090和58835不可用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<i64>,
}

impl CreateCustomerGatewayRequest {
    /// The request with its required members (`CustomerGatewayName`, `IpAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        customer_gateway_name: impl Into<String>,
        ip_address: impl Into<String>,
    ) -> Self {
        Self {
            customer_gateway_name: customer_gateway_name.into(),
            ip_address: ip_address.into(),
            tags: None,
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for CreateCustomerGatewayRequest {
    type Action = CreateCustomerGateway;
}

/// 创建默认安全组: the request of `CreateDefaultSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDefaultSecurityGroup`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDefaultSecurityGroupRequest {
    /// 项目ID，默认0。可在[qcloud控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}

impl tencent_action::Request for CreateDefaultSecurityGroupRequest {
    type Action = CreateDefaultSecurityGroup;
}

/// 创建默认VPC和默认子网: the request of `CreateDefaultVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDefaultVpc`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDefaultVpcRequest {
    /// 子网所在的可用区，该参数可通过[DescribeZones](https://cloud.tencent.com/document/product/213/15707)接口获取，例如ap-guangzhou-1，不指定时将随机选择可用区。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// 是否强制返回默认VPC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl tencent_action::Request for CreateDefaultVpcRequest {
    type Action = CreateDefaultVpc;
}

/// 创建DhcpIp: the request of `CreateDhcpIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDhcpIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDhcpIpRequest {
    /// 私有网络`ID`。
    pub vpc_id: String,
    /// 子网`ID`。
    pub subnet_id: String,
    /// `DhcpIp`名称。
    pub dhcp_ip_name: String,
    /// 新申请的内网IP地址个数。总数不能超过64个，为了兼容性，当前参数必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateDhcpIpRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `DhcpIpName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        dhcp_ip_name: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            dhcp_ip_name: dhcp_ip_name.into(),
            secondary_private_ip_address_count: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateDhcpIpRequest {
    type Action = CreateDhcpIp;
}

/// 创建专线网关: the request of `CreateDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDirectConnectGatewayRequest {
    /// 专线网关名称
    pub direct_connect_gateway_name: String,
    /// 关联网络类型，可选值：
    ///
    /// - VPC - 私有网络
    ///
    /// - CCN - 云联网
    pub network_type: String,
    /// - NetworkType 为 VPC 时，这里传值为私有网络实例ID
    ///
    /// - NetworkType 为 CCN 时，这里传值为云联网实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_instance_id: Option<String>,
    /// 网关类型，可选值：
    ///
    /// - NORMAL - （默认）标准型，注：云联网只支持标准型
    ///
    /// - NAT - NAT型
    ///
    /// NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_type: Option<String>,
    /// 云联网路由发布模式，可选值：`standard`（标准模式）、`exquisite`（精细模式）。只有云联网类型专线网关才支持`ModeType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_type: Option<String>,
    /// 专线网关自定义ASN，范围：45090，64512-65534 和4200000000-4294967294
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_asn: Option<u64>,
    /// 专线网关可用区
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// 专线网关高可用区容灾组ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_zone_group_id: Option<String>,
    /// 标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateDirectConnectGatewayRequest {
    /// The request with its required members (`DirectConnectGatewayName`, `NetworkType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_name: impl Into<String>,
        network_type: impl Into<String>,
    ) -> Self {
        Self {
            direct_connect_gateway_name: direct_connect_gateway_name.into(),
            network_type: network_type.into(),
            network_instance_id: None,
            gateway_type: None,
            mode_type: None,
            gateway_asn: None,
            zone: None,
            ha_zone_group_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateDirectConnectGatewayRequest {
    type Action = CreateDirectConnectGateway;
}

/// 创建专线网关云联网路由: the request of `CreateDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDirectConnectGatewayCcnRoutesRequest {
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// 需要连通的IDC网段列表
    pub routes: Vec<DirectConnectGatewayCcnRoute>,
}

impl CreateDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = DirectConnectGatewayCcnRoute>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateDirectConnectGatewayCcnRoutesRequest {
    type Action = CreateDirectConnectGatewayCcnRoutes;
}

/// 创建流日志: the request of `CreateFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFlowLogRequest {
    /// 流日志实例名称。长度为不超过60个字符。
    pub flow_log_name: String,
    /// 流日志所属资源类型，NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转化），DCG（专线网关）。当选择CCN，DCG时，请通过工单加入白名单。
    pub resource_type: String,
    /// 资源唯一ID。
    pub resource_id: String,
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    pub traffic_type: String,
    /// 私用网络唯一ID。当ResourceType为CCN时不填，其他类型必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 流日志实例描述。长度不超过512个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_description: Option<String>,
    /// 流日志存储ID（cls的日志主题ID，
    ///
    /// 可通过[DescribeTopics](https://cloud.tencent.com/document/product/614/56454)接口获取）。当StorageType为cls时，CloudLogId为必选。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_id: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 消费端类型：cls、ckafka。默认值cls。当选择ckafka时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_type: Option<String>,
    /// 流日志消费端信息，当消费端类型为ckafka时，必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_storage: Option<FlowLogStorage>,
    /// 流日志存储ID对应的地域，不传递默认为本地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_region: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。取值范围（单位s）：60， 300， 600。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u64>,
}

impl CreateFlowLogRequest {
    /// The request with its required members (`FlowLogName`, `ResourceType`, `ResourceId`, `TrafficType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        flow_log_name: impl Into<String>,
        resource_type: impl Into<String>,
        resource_id: impl Into<String>,
        traffic_type: impl Into<String>,
    ) -> Self {
        Self {
            flow_log_name: flow_log_name.into(),
            resource_type: resource_type.into(),
            resource_id: resource_id.into(),
            traffic_type: traffic_type.into(),
            vpc_id: None,
            flow_log_description: None,
            cloud_log_id: None,
            tags: None,
            storage_type: None,
            flow_log_storage: None,
            cloud_log_region: None,
            period: None,
        }
    }
}

impl tencent_action::Request for CreateFlowLogRequest {
    type Action = CreateFlowLog;
}

/// 创建全局路由: the request of `CreateGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由对象。创建时必填参数： 'GatewayType'，'GatewayId'，'DestinationCidrBlock'。
    pub global_routes: Vec<GlobalRoute>,
}

impl CreateGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_routes: impl IntoIterator<Item = GlobalRoute>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_routes: global_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateGlobalRoutesRequest {
    type Action = CreateGlobalRoutes;
}

/// 创建HAVIP: the request of `CreateHaVip`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHaVip`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHaVipRequest {
    /// `HAVIP`所在私有网络`ID`。
    pub vpc_id: String,
    /// `HAVIP`名称。
    pub ha_vip_name: String,
    /// `HAVIP`所在子网`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 指定虚拟IP地址，必须在`VPC`网段内且未被占用。不指定则自动分配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip: Option<String>,
    /// `HAVIP`所在弹性网卡`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// 是否开启`HAVIP`漂移时子机或网卡范围的校验。默认不开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_associate: Option<bool>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// HaVip绑定的子机或网卡。最多支持10个实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_association_set: Option<Vec<HaVipAssociation>>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateHaVipRequest {
    /// The request with its required members (`VpcId`, `HaVipName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, ha_vip_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ha_vip_name: ha_vip_name.into(),
            subnet_id: None,
            vip: None,
            network_interface_id: None,
            check_associate: None,
            tags: None,
            ha_vip_association_set: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateHaVipRequest {
    type Action = CreateHaVip;
    const CLIENT_TOKEN: bool = true;
}

/// 创建高优路由表: the request of `CreateHighPriorityRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHighPriorityRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHighPriorityRouteTableRequest {
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// 高优路由表名称，最大长度不能超过60个字节。
    pub name: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateHighPriorityRouteTableRequest {
    /// The request with its required members (`VpcId`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            name: name.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateHighPriorityRouteTableRequest {
    type Action = CreateHighPriorityRouteTable;
}

/// 创建高优路由表条目: the request of `CreateHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl CreateHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateHighPriorityRoutesRequest {
    type Action = CreateHighPriorityRoutes;
}

/// 创建IPV6转换IPV4实例: the request of `CreateIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateIp6Translators`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIp6TranslatorsRequest {
    /// 转换实例名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_name: Option<String>,
    /// 创建转换实例数量，默认是1个
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_count: Option<i64>,
    /// 转换实例运营商属性，可取"CMCC","CTCC","CUCC","BGP"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_internet_service_provider: Option<String>,
}

impl tencent_action::Request for CreateIp6TranslatorsRequest {
    type Action = CreateIp6Translators;
}

/// 创建本地网关: the request of `CreateLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateLocalGatewayRequest {
    /// 本地网关名称。
    pub local_gateway_name: String,
    /// VPC实例ID。
    pub vpc_id: String,
    /// CDC实例ID。
    pub cdc_id: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayName`, `VpcId`, `CdcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        local_gateway_name: impl Into<String>,
        vpc_id: impl Into<String>,
        cdc_id: impl Into<String>,
    ) -> Self {
        Self {
            local_gateway_name: local_gateway_name.into(),
            vpc_id: vpc_id.into(),
            cdc_id: cdc_id.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateLocalGatewayRequest {
    type Action = CreateLocalGateway;
}

/// 创建NAT网关: the request of `CreateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewayRequest {
    /// NAT网关名称，限制60字符
    pub nat_gateway_name: String,
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// NAT网关最大外网出带宽(单位：Mbps)，支持的参数值：20, 50, 100, 200, 500, 1000, 2000, 5000，默认: 100Mbps。  当以下NatProductVersion参数值为2即标准型时，此参数无需填写，默认为5000Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// NAT网关并发连接数上限，支持参数值：1000000、3000000、10000000，默认值为1000000。 当NatProductVersion参数值为2即标准型时，此参数无需填写，默认为2000000。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_connection: Option<u64>,
    /// 新建弹性公网IP个数，系统会按您的要求创建对应数量的弹性公网IP，其中AddressCount和PublicAddresses两个参数至少填写一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<u64>,
    /// 绑定NAT网关的已有弹性公网IP数组，其中AddressCount和PublicAddresses两个参数至少填写一个。 示例值：\["139.199.232.119"\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses: Option<Vec<String>>,
    /// 可用区，形如：`ap-guangzhou-1`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// NAT网关所属子网，已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 绑定NAT网关的弹性公网IP带宽值（单位：Mbps）。不填写此参数时：则该参数默认为弹性公网IP的带宽值，部分用户默认为该用户类型的弹性公网IP的带宽上限。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_public_ip_addresses_bandwidth_out: Option<u64>,
    /// 需要申请公网IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses_bandwidth_out: Option<u64>,
    /// 公网IP是否强制与NAT网关来自同可用区，true表示需要与NAT网关同可用区；false表示可与NAT网关不是同一个可用区。此参数只有当参数Zone存在时才能生效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_from_same_zone: Option<bool>,
    /// NAT网关类型，1表示传统型NAT网关，2表示标准型NAT网关，默认值是1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_product_version: Option<u64>,
    /// NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
    /// 独享实例规格。取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_type: Option<String>,
}

impl CreateNatGatewayRequest {
    /// The request with its required members (`NatGatewayName`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_name: impl Into<String>, vpc_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_name: nat_gateway_name.into(),
            vpc_id: vpc_id.into(),
            internet_max_bandwidth_out: None,
            max_concurrent_connection: None,
            address_count: None,
            public_ip_addresses: None,
            zone: None,
            tags: None,
            subnet_id: None,
            stock_public_ip_addresses_bandwidth_out: None,
            public_ip_addresses_bandwidth_out: None,
            public_ip_from_same_zone: None,
            nat_product_version: None,
            deletion_protection_enabled: None,
            exclusive_type: None,
        }
    }
}

impl tencent_action::Request for CreateNatGatewayRequest {
    type Action = CreateNatGateway;
}

/// 创建NAT网关端口转发规则: the request of `CreateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// NAT网关的端口转换规则。
    pub destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRule,
    >,
}

impl CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `DestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            destination_ip_port_translation_nat_rules: destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = CreateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 创建NAT网关SNAT规则: the request of `CreateNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /// NAT网关的ID，形如："nat-df45454"
    pub nat_gateway_id: String,
    /// NAT网关的SNAT转换规则
    pub source_ip_translation_nat_rules: Vec<SourceIpTranslationNatRule>,
}

impl CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceIpTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_ip_translation_nat_rules: impl IntoIterator<
            Item = SourceIpTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_ip_translation_nat_rules: source_ip_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for CreateNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = CreateNatGatewaySourceIpTranslationNatRule;
}

/// 创建网络探测: the request of `CreateNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetDetectRequest {
    /// `VPC`实例`ID`。形如：`vpc-12345678`。
    pub vpc_id: String,
    /// 子网实例ID。形如：subnet-12345678。
    pub subnet_id: String,
    /// 网络探测名称，最大长度不能超过60个字节。
    pub net_detect_name: String,
    /// 探测目的IPv4地址数组。最多两个。
    pub detect_destination_ip: Vec<String>,
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
    /// 网络探测描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_description: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateNetDetectRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `NetDetectName`, `DetectDestinationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        net_detect_name: impl Into<String>,
        detect_destination_ip: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            net_detect_name: net_detect_name.into(),
            detect_destination_ip: detect_destination_ip
                .into_iter()
                .map(Into::into)
                .collect(),
            next_hop_type: None,
            next_hop_destination: None,
            net_detect_description: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateNetDetectRequest {
    type Action = CreateNetDetect;
}

/// 创建网络ACL: the request of `CreateNetworkAcl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAcl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// 网络ACL名称，最大长度不能超过60个字节。
    pub network_acl_name: String,
    /// 网络ACL类型，三元组(TRIPLE)或五元组(QUINTUPLE)。默认值三元组(TRIPLE)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateNetworkAclRequest {
    /// The request with its required members (`VpcId`, `NetworkAclName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, network_acl_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_acl_name: network_acl_name.into(),
            network_acl_type: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclRequest {
    type Action = CreateNetworkAcl;
}

/// 增量添加网络ACL三元组规则接口: the request of `CreateNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络三元组ACL规则集。
    pub network_acl_entry_set: NetworkAclEntrySet,
}

impl CreateNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_entry_set: NetworkAclEntrySet,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclEntriesRequest {
    type Action = CreateNetworkAclEntries;
}

/// 增量添加网络ACL五元组规则接口: the request of `CreateNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclQuintupleEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl CreateNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclQuintupleEntriesRequest {
    type Action = CreateNetworkAclQuintupleEntries;
}

/// 创建弹性网卡: the request of `CreateNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkInterfaceRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: String,
    /// 弹性网卡名称，最大长度不能超过60个字节。
    pub network_interface_name: String,
    /// 弹性网卡所在的子网实例ID，例如：subnet-0ap8nwca。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// 新申请的内网IP地址个数，内网IP地址个数总和不能超过配额数。
    ///
    /// 配额数查询：[DescribeVpcLimits](https://cloud.tencent.com/document/api/215/42942)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 指定绑定的安全组，例如：\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 指定的内网IP信息，单次最多指定10个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 网卡trunking模式设置，Enable-开启，Disable--关闭，默认关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trunking_flag: Option<String>,
    /// 是否创建RDMA弹性网卡，true:创建rdma弹性网卡，false:普通弹性网卡。不填默认为false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_rdma: Option<bool>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateNetworkInterfaceRequest {
    /// The request with its required members (`VpcId`, `NetworkInterfaceName`, `SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        network_interface_name: impl Into<String>,
        subnet_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_interface_name: network_interface_name.into(),
            subnet_id: subnet_id.into(),
            network_interface_description: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            security_group_ids: None,
            private_ip_addresses: None,
            tags: None,
            trunking_flag: None,
            is_rdma: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateNetworkInterfaceRequest {
    type Action = CreateNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// 创建私网NAT网关: the request of `CreatePrivateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayRequest {
    /// 私网网关名称，限制60个字符
    pub nat_gateway_name: String,
    /// 私有网络实例ID。当创建VPC类型私网NAT网关或者专线网关类型私网NAT网关时，此参数必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 跨域参数。仅当取值为True时，才会支持跨域绑定VPC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
    /// 实例标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// VPC类型私网NAT网关。仅当取值为True时，才会创建VPC类型私网NAT网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_type: Option<bool>,
    /// 云联网类型私网NAT网关需要绑定的云联网实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_id: Option<String>,
    /// 私网NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
}

impl CreatePrivateNatGatewayRequest {
    /// The request with its required members (`NatGatewayName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_name: impl Into<String>) -> Self {
        Self {
            nat_gateway_name: nat_gateway_name.into(),
            vpc_id: None,
            cross_domain: None,
            tags: None,
            vpc_type: None,
            ccn_id: None,
            deletion_protection_enabled: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayRequest {
    type Action = CreatePrivateNatGateway;
}

/// 创建私网NAT网关目的端口转换规则: the request of `CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则列表。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        LocalDestinationIpPortTranslationNatRule,
    >,
}

impl CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = LocalDestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = CreatePrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 创建私网NAT网关源端转换访问控制规则: the request of `CreatePrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 访问控制列表。
    pub translation_acl_rules: Vec<TranslationAclRule>,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl CreatePrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `TranslationAclRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        translation_acl_rules: impl IntoIterator<Item = TranslationAclRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            translation_acl_rules: translation_acl_rules.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayTranslationAclRuleRequest {
    type Action = CreatePrivateNatGatewayTranslationAclRule;
}

/// 创建私网NAT网关源端转换规则: the request of `CreatePrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。
    pub translation_nat_rules: Vec<TranslationNatRuleInput>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl CreatePrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRuleInput>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayTranslationNatRuleRequest {
    type Action = CreatePrivateNatGatewayTranslationNatRule;
}

/// 创建保留内网IP: the request of `CreateReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReserveIpAddressesRequest {
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// 指定IP申请的内网保留IP地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// 不指定IP地址，指定个数自动分配保留内网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_count: Option<u64>,
    /// 子网唯一 ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 内网保留 IP名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 内网保留 IP描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateReserveIpAddressesRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ip_addresses: None,
            ip_address_count: None,
            subnet_id: None,
            name: None,
            description: None,
            tags: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateReserveIpAddressesRequest {
    type Action = CreateReserveIpAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// 创建路由策略及策略条目。: the request of `CreateRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyRequest {
    /// 路由策略描述。
    pub route_policy_description: String,
    /// 路由策略名。
    pub route_policy_name: String,
    /// 路由策略条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
}

impl CreateRoutePolicyRequest {
    /// The request with its required members (`RoutePolicyDescription`, `RoutePolicyName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_description: impl Into<String>,
        route_policy_name: impl Into<String>,
    ) -> Self {
        Self {
            route_policy_description: route_policy_description.into(),
            route_policy_name: route_policy_name.into(),
            route_policy_entry_set: None,
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyRequest {
    type Action = CreateRoutePolicy;
}

/// 创建路由接收策略绑定: the request of `CreateRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyAssociationsRequest {
    /// 路由接收策略绑定对象列表。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl CreateRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyAssociationsRequest {
    type Action = CreateRoutePolicyAssociations;
}

/// 创建路由接收策略条目: the request of `CreateRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyEntriesRequest {
    /// 路由接收策略实例ID。
    pub route_policy_id: String,
    /// 路由接收策略条目列表。
    pub route_policy_entry_set: Vec<RoutePolicyEntry>,
}

impl CreateRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_entry_set: impl IntoIterator<Item = RoutePolicyEntry>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: route_policy_entry_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyEntriesRequest {
    type Action = CreateRoutePolicyEntries;
}

/// 创建路由表: the request of `CreateRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRouteTableRequest {
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// 路由表名称，最大长度不能超过60个字节。
    pub route_table_name: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateRouteTableRequest {
    /// The request with its required members (`VpcId`, `RouteTableName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, route_table_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            route_table_name: route_table_name.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateRouteTableRequest {
    type Action = CreateRouteTable;
}

/// 创建路由策略: the request of `CreateRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutesRequest {
    /// 路由表实例ID。
    pub route_table_id: String,
    /// 路由策略对象。
    pub routes: Vec<Route>,
}

impl CreateRoutesRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutesRequest {
    type Action = CreateRoutes;
}

/// 创建安全组: the request of `CreateSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupRequest {
    /// 安全组名称，可任意命名，但不得超过60个字符。
    pub group_name: String,
    /// 安全组备注，最多100个字符。
    pub group_description: String,
    /// 项目ID，默认0。可在[控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSecurityGroupRequest {
    /// The request with its required members (`GroupName`, `GroupDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl Into<String>,
        group_description: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            group_description: group_description.into(),
            project_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupRequest {
    type Action = CreateSecurityGroup;
}

/// 安全组添加规则: the request of `CreateSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupPoliciesRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组规则集合。
    pub security_group_policy_set: SecurityGroupPolicySet,
}

impl CreateSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupPoliciesRequest {
    type Action = CreateSecurityGroupPolicies;
}

/// 创建安全组和规则: the request of `CreateSecurityGroupWithPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroupWithPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupWithPoliciesRequest {
    /// 安全组名称，可任意命名，但不得超过60个字符。
    pub group_name: String,
    /// 安全组备注，最多100个字符。
    pub group_description: String,
    /// 项目ID，默认0。可在[控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// 安全组规则集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSecurityGroupWithPoliciesRequest {
    /// The request with its required members (`GroupName`, `GroupDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl Into<String>,
        group_description: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            group_description: group_description.into(),
            project_id: None,
            security_group_policy_set: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupWithPoliciesRequest {
    type Action = CreateSecurityGroupWithPolicies;
}

/// 创建协议端口模板: the request of `CreateServiceTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateServiceTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceTemplateRequest {
    /// 协议端口模板名称。
    pub service_template_name: String,
    /// 支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。Services与ServicesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// 支持添加备注，单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。Services与ServicesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services_extra: Option<Vec<ServicesInfo>>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateServiceTemplateRequest {
    /// The request with its required members (`ServiceTemplateName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_name: impl Into<String>) -> Self {
        Self {
            service_template_name: service_template_name.into(),
            services: None,
            services_extra: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateServiceTemplateRequest {
    type Action = CreateServiceTemplate;
}

/// 创建协议端口模板集合: the request of `CreateServiceTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateServiceTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceTemplateGroupRequest {
    /// 协议端口模板集合名称。
    pub service_template_group_name: String,
    /// 协议端口模板实例ID，例如：ppm-4dw6agho。
    pub service_template_ids: Vec<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateServiceTemplateGroupRequest {
    /// The request with its required members (`ServiceTemplateGroupName`, `ServiceTemplateIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        service_template_group_name: impl Into<String>,
        service_template_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            service_template_group_name: service_template_group_name.into(),
            service_template_ids: service_template_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateServiceTemplateGroupRequest {
    type Action = CreateServiceTemplateGroup;
}

/// 创建快照策略: the request of `CreateSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSnapshotPoliciesRequest {
    /// 快照策略详情。
    pub snapshot_policies: Vec<SnapshotPolicy>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicies`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_policies: impl IntoIterator<Item = SnapshotPolicy>) -> Self {
        Self {
            snapshot_policies: snapshot_policies.into_iter().collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSnapshotPoliciesRequest {
    type Action = CreateSnapshotPolicies;
}

/// 创建子网: the request of `CreateSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSubnet`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSubnetRequest {
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// 子网名称，最大长度不能超过60个字节。
    pub subnet_name: String,
    /// 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。
    pub cidr_block: String,
    /// 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备。
    pub zone: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl CreateSubnetRequest {
    /// The request with its required members (`VpcId`, `SubnetName`, `CidrBlock`, `Zone`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_name: impl Into<String>,
        cidr_block: impl Into<String>,
        zone: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_name: subnet_name.into(),
            cidr_block: cidr_block.into(),
            zone: zone.into(),
            tags: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for CreateSubnetRequest {
    type Action = CreateSubnet;
}

/// 批量创建子网: the request of `CreateSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSubnetsRequest {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// 子网对象列表。
    pub subnets: Vec<SubnetInput>,
    /// 指定绑定的标签列表，注意这里的标签集合为列表中所有子网对象所共享，不能为每个子网对象单独指定标签，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 需要增加到的CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl CreateSubnetsRequest {
    /// The request with its required members (`VpcId`, `Subnets`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnets: impl IntoIterator<Item = SubnetInput>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnets: subnets.into_iter().collect(),
            tags: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for CreateSubnetsRequest {
    type Action = CreateSubnets;
}

/// 创建流量镜像: the request of `CreateTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficMirrorRequest {
    /// VPC实例ID。
    pub vpc_id: String,
    /// 流量镜像名字。
    pub traffic_mirror_name: String,
    /// 流量镜像描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_describe: Option<String>,
    /// 流量镜像状态, 支持RUNNING/STOPED（vpc），RUNNING（公网IP），当采集vpc流量镜像时，此参数为必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 流量镜像采集方向，支持EGRESS/INGRESS/ALL（vpc），ALL（公网IP）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// 流量镜像的采集对象 (最多支持20个采集对象)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_srcs: Option<Vec<String>>,
    /// 流量镜像过滤的natgw实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// 需要过滤的五元组规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像的目的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_target: Option<TrafficMirrorTarget>,
    /// 流量镜像采集流量的发送端所属子网ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 创建的流量镜像的类型，支持VPC/PUBLICIP，默认为VPC类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl CreateTrafficMirrorRequest {
    /// The request with its required members (`VpcId`, `TrafficMirrorName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        traffic_mirror_name: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            traffic_mirror_name: traffic_mirror_name.into(),
            traffic_mirror_describe: None,
            state: None,
            direction: None,
            collector_srcs: None,
            nat_id: None,
            collector_normal_filters: None,
            collector_target: None,
            subnet_id: None,
            r#type: None,
            tags: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficMirrorRequest {
    type Action = CreateTrafficMirror;
}

/// 创建流量镜像过滤规则。: the request of `CreateTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl CreateTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficMirrorFilterRulesRequest {
    type Action = CreateTrafficMirrorFilterRules;
}

/// 创建共享流量包: the request of `CreateTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficPackages`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficPackagesRequest {
    /// 流量包规格。可选值:
    ///
    /// - 10: 10GB流量，有效期一个月
    ///
    /// - 50: 50GB流量，有效期一个月
    ///
    /// - 512: 512GB流量，有效期一个月
    ///
    /// - 1024: 1TB流量，有效期一个月
    ///
    /// - 5120: 5TB流量，有效期一个月
    ///
    /// - 51200: 50TB流量，有效期一个月
    ///
    /// - 60: 60GB流量，有效期半年
    ///
    /// - 300: 300GB流量，有效期半年
    ///
    /// - 3072: 3TB流量，有效期半年
    ///
    /// - 6144: 6TB流量，有效期半年
    ///
    /// - 30720: 30TB流量，有效期半年
    ///
    /// - 61440: 60TB流量，有效期半年
    ///
    /// - 307200: 300TB流量，有效期半年
    pub traffic_amount: u64,
    /// 流量包数量，可选范围 1~20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_package_count: Option<u64>,
    /// 抵扣类型，默认为 FULL_TIME，可选值:
    ///
    /// - FULL_TIME: 全时流量包
    ///
    /// - IDLE_TIME: 闲时流量包
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduct_type: Option<String>,
}

impl CreateTrafficPackagesRequest {
    /// The request with its required members (`TrafficAmount`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_amount: u64) -> Self {
        Self {
            traffic_amount,
            traffic_package_count: None,
            deduct_type: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficPackagesRequest {
    type Action = CreateTrafficPackages;
}

/// 创建VPC: the request of `CreateVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcRequest {
    /// vpc名称，最大长度不能超过60个字节。
    pub vpc_name: String,
    /// vpc的cidr，仅能在10.0.0.0/12，172.16.0.0/12，192.168.0.0/16这三个内网网段内。
    pub cidr_block: String,
    /// 是否开启组播。true: 开启, false: 不开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_multicast: Option<String>,
    /// DNS地址，最多支持4个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    /// DHCP使用的域名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish: Option<bool>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

impl CreateVpcRequest {
    /// The request with its required members (`VpcName`, `CidrBlock`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_name: impl Into<String>, cidr_block: impl Into<String>) -> Self {
        Self {
            vpc_name: vpc_name.into(),
            cidr_block: cidr_block.into(),
            enable_multicast: None,
            dns_servers: None,
            domain_name: None,
            tags: None,
            enable_route_vpc_publish: None,
            enable_route_vpc_publish_ipv6: None,
        }
    }
}

impl tencent_action::Request for CreateVpcRequest {
    type Action = CreateVpc;
}

/// 创建终端节点: the request of `CreateVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// 子网实例ID。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// 终端节点名称。限制为60个字符。
    pub end_point_name: String,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 终端节点VIP，可以指定IP申请。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_vip: Option<String>,
    /// 安全组ID。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_id: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl CreateVpcEndPointRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `EndPointName`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        end_point_name: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            end_point_name: end_point_name.into(),
            end_point_service_id: end_point_service_id.into(),
            end_point_vip: None,
            security_group_id: None,
            tags: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointRequest {
    type Action = CreateVpcEndPoint;
}

/// 创建终端节点服务: the request of `CreateVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointServiceRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// 终端节点服务名称。
    pub end_point_service_name: String,
    /// 是否自动接受。
    pub auto_accept_flag: bool,
    /// 后端服务ID，比如lb-p1hiksdg。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；CDB可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取。
    pub service_instance_id: String,
    /// ~~是否是PassService类型。该字段已废弃，请不要使用该字段。~~
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_pass_service: Option<bool>,
    /// 挂载的PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡）。不填默认挂载为CLB。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl CreateVpcEndPointServiceRequest {
    /// The request with its required members (`VpcId`, `EndPointServiceName`, `AutoAcceptFlag`, `ServiceInstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        end_point_service_name: impl Into<String>,
        auto_accept_flag: bool,
        service_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            end_point_service_name: end_point_service_name.into(),
            auto_accept_flag,
            service_instance_id: service_instance_id.into(),
            is_pass_service: None,
            service_type: None,
            tags: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointServiceRequest {
    type Action = CreateVpcEndPointService;
}

/// 创建终端服务白名单: the request of `CreateVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointServiceWhiteListRequest {
    /// UIN。腾讯云账号中心控制台获取。
    pub user_uin: String,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 白名单描述。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl CreateVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into(),
            end_point_service_id: end_point_service_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointServiceWhiteListRequest {
    type Action = CreateVpcEndPointServiceWhiteList;
}

/// 创建私有网络对等连接: the request of `CreateVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcPeeringConnectionRequest {
    /// 本端VPC唯一ID。
    pub source_vpc_id: String,
    /// 对等连接名称。
    pub peering_connection_name: String,
    /// 对端VPC唯一ID。
    pub destination_vpc_id: String,
    /// 对端用户UIN。
    pub destination_uin: String,
    /// 对端地域。
    pub destination_region: String,
    /// 带宽上限，单位Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// 互通类型，VPC_PEER：VPC间互通；VPC_BM_PEER：VPC与黑石网络互通。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// 计费模式，日峰值POSTPAID_BY_DAY_MAX，月95POSTPAID_BY_MONTH_95。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// 服务分级：PT、AU、AG。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 标签键值对
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tags>>,
}

impl CreateVpcPeeringConnectionRequest {
    /// The request with its required members (`SourceVpcId`, `PeeringConnectionName`, `DestinationVpcId`, `DestinationUin`, `DestinationRegion`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_vpc_id: impl Into<String>,
        peering_connection_name: impl Into<String>,
        destination_vpc_id: impl Into<String>,
        destination_uin: impl Into<String>,
        destination_region: impl Into<String>,
    ) -> Self {
        Self {
            source_vpc_id: source_vpc_id.into(),
            peering_connection_name: peering_connection_name.into(),
            destination_vpc_id: destination_vpc_id.into(),
            destination_uin: destination_uin.into(),
            destination_region: destination_region.into(),
            bandwidth: None,
            r#type: None,
            charge_type: None,
            qos_level: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateVpcPeeringConnectionRequest {
    type Action = CreateVpcPeeringConnection;
}

/// 创建VPN通道: the request of `CreateVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnConnectionRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 对端网关ID。例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/product/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
    /// 通道名称，可任意命名，但不得超过60个字符。
    pub vpn_connection_name: String,
    /// 预共享密钥。
    pub pre_share_key: String,
    /// VPC实例ID。VPC类型网关可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口返回值中的VpcId获取，CCN类型网关传空值即可。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// SPD策略组，例如：{"10.0.0.5/24":\["172.123.10.5/16"\]}，10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_policy_databases: Option<Vec<SecurityPolicyDatabase>>,
    /// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议
    #[serde(
        rename = "IKEOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSec配置，腾讯云提供IPSec安全会话设置
    #[serde(
        rename = "IPSECOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 是否支持隧道内健康检查，默认为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_health_check: Option<bool>,
    /// 健康检查本端地址，默认值为随机在169.254.128.0/17分配一个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_local_ip: Option<String>,
    /// 健康检查对端地址，默认值为随机在169.254.128.0/17分配一个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_remote_ip: Option<String>,
    /// 通道类型, 例如:\["STATIC", "StaticRoute", "Policy", "Bgp"\]
    ///
    /// 枚举值：
    ///
    /// - StaticRoute： 目的路由类型
    ///
    /// - Policy： SPD策略类型
    ///
    /// - Bgp： BGP类型
    ///
    /// 默认值：STATIC
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_type: Option<String>,
    /// 协商类型，默认为active（主动协商）。可选值：active（主动协商），passive（被动协商），flowTrigger（流量协商）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_type: Option<String>,
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_enable: Option<i64>,
    /// DPD超时时间。即探测确认对端不存在需要的时间。dpdEnable为1（开启）时有效。默认30，单位为秒
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_timeout: Option<String>,
    /// DPD超时后的动作。
    ///
    /// 入参限制：dpdEnable为1（开启）时有效。
    ///
    /// 枚举值：
    ///
    /// - clear： 断开
    ///
    /// - restart： 重试
    ///
    /// 默认值：restart
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_action: Option<String>,
    /// 创建通道路由信息。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<CreateVpnConnRoute>,
    /// BGP配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_config: Option<BgpConfig>,
    /// 健康检查NQA配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_config: Option<HealthCheckConfig>,
}

impl CreateVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `CustomerGatewayId`, `VpnConnectionName`, `PreShareKey`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        customer_gateway_id: impl Into<String>,
        vpn_connection_name: impl Into<String>,
        pre_share_key: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            customer_gateway_id: customer_gateway_id.into(),
            vpn_connection_name: vpn_connection_name.into(),
            pre_share_key: pre_share_key.into(),
            vpc_id: None,
            security_policy_databases: None,
            ike_options_specification: None,
            ipsec_options_specification: None,
            tags: None,
            enable_health_check: None,
            health_check_local_ip: None,
            health_check_remote_ip: None,
            route_type: None,
            negotiation_type: None,
            dpd_enable: None,
            dpd_timeout: None,
            dpd_action: None,
            route: None,
            bgp_config: None,
            health_check_config: None,
        }
    }
}

impl tencent_action::Request for CreateVpnConnectionRequest {
    type Action = CreateVpnConnection;
}

/// 创建VPN网关: the request of `CreateVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewayRequest {
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)。接口返回值中的VpcId获取
    ///
    /// 入参限制：当Type为CCN/SSL_CCN 类型时传 ""，IPSEC/SSL 类型必须传对应VPC实例ID。
    pub vpc_id: String,
    /// VPN网关名称，最大长度不能超过60个字节。
    pub vpn_gateway_name: String,
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000, 3000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
    /// VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// 可用区，如：ap-guangzhou-2。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// VPN网关类型，默认为IPSEC。值“IPSEC”为VPC型IPSEC VPN网关，值“SSL”为VPC型SSL VPN网关，值“CCN”为云联网型IPSEC VPN网关，值“SSL_CCN”为云联网型SSL VPN网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
    /// SSL VPN连接数设置，可选规格：5, 10, 20, 50, 100, 200, 500, 1000；
    ///
    /// 单位：个
    ///
    /// 默认值：5
    ///
    /// 仅 SSL / SSL_CCN 类型需要填这个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
    /// BGP ASN。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
}

impl CreateVpnGatewayRequest {
    /// The request with its required members (`VpcId`, `VpnGatewayName`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        vpn_gateway_name: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            vpn_gateway_name: vpn_gateway_name.into(),
            internet_max_bandwidth_out,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            zone: None,
            r#type: None,
            tags: None,
            cdc_id: None,
            max_connection: None,
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewayRequest {
    type Action = CreateVpnGateway;
}

/// 创建VPN网关路由: the request of `CreateVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewayRoutesRequest {
    /// VPN网关的ID
    pub vpn_gateway_id: String,
    /// VPN网关目的路由列表
    pub routes: Vec<VpnGatewayRoute>,
}

impl CreateVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpnGatewayRoute>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateVpnGatewayRoutesRequest {
    type Action = CreateVpnGatewayRoutes;
}

/// 创建SSL-VPN-CLIENT: the request of `CreateVpnGatewaySslClient`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewaySslClient`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewaySslClientRequest {
    /// SSL-VPN-SERVER 实例ID。
    pub ssl_vpn_server_id: String,
    /// SSL-VPN-CLIENT实例Name。不可和SslVpnClientNames同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_name: Option<String>,
    /// SSL-VPN-CLIENT实例Name数字。批量创建时使用。不可和SslVpnClientName同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_names: Option<Vec<String>>,
    /// 指定绑定的标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateVpnGatewaySslClientRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            ssl_vpn_client_name: None,
            ssl_vpn_client_names: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewaySslClientRequest {
    type Action = CreateVpnGatewaySslClient;
}

/// 创建SSL-VPN Server端: the request of `CreateVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewaySslServerRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// SSL-VPN-SERVER 实例名称，长度不超过60个字节。
    pub ssl_vpn_server_name: String,
    /// 客户端地址网段。
    pub remote_address: String,
    /// 云端地址（CIDR）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_address: Option<Vec<String>>,
    /// SSL VPN服务端监听协议。当前仅支持 UDP，默认UDP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口，默认1194。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_port: Option<i64>,
    /// 认证算法。可选 'SHA1'，默认SHA1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity_algorithm: Option<String>,
    /// 加密算法。可选 'AES-128-CBC','AES-192-CBC', 'AES-256-CBC', 默认AES-128-CBC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_algorithm: Option<String>,
    /// 是否支持压缩。当前不支持压缩，默认False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress: Option<bool>,
    /// 是否开启SSO认证。默认为False。该功能当前需要申请开白使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_enabled: Option<bool>,
    /// 是否开启策略访问控制。默认为False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_policy_enabled: Option<bool>,
    /// SAML-DATA，开启SSO时传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_data: Option<String>,
    /// 指定绑定的标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// DNS Server 地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<DnsServers>,
}

impl CreateVpnGatewaySslServerRequest {
    /// The request with its required members (`VpnGatewayId`, `SslVpnServerName`, `RemoteAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        ssl_vpn_server_name: impl Into<String>,
        remote_address: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            ssl_vpn_server_name: ssl_vpn_server_name.into(),
            remote_address: remote_address.into(),
            local_address: None,
            ssl_vpn_protocol: None,
            ssl_vpn_port: None,
            integrity_algorithm: None,
            encrypt_algorithm: None,
            compress: None,
            sso_enabled: None,
            access_policy_enabled: None,
            saml_data: None,
            tags: None,
            dns_servers: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewaySslServerRequest {
    type Action = CreateVpnGatewaySslServer;
}

/// 删除IP地址模板: the request of `DeleteAddressTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAddressTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAddressTemplateRequest {
    /// IP地址模板实例ID，例如：ipm-09o5m8kc。
    pub address_template_id: String,
}

impl DeleteAddressTemplateRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteAddressTemplateRequest {
    type Action = DeleteAddressTemplate;
}

/// 删除IP地址模板集合: the request of `DeleteAddressTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAddressTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAddressTemplateGroupRequest {
    /// IP地址模板集合实例ID，例如：ipmg-90cex8mq。
    pub address_template_group_id: String,
}

impl DeleteAddressTemplateGroupRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteAddressTemplateGroupRequest {
    type Action = DeleteAddressTemplateGroup;
}

/// 删除辅助CIDR: the request of `DeleteAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAssistantCidrRequest {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。
    pub cidr_blocks: Vec<String>,
}

impl DeleteAssistantCidrRequest {
    /// The request with its required members (`VpcId`, `CidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            cidr_blocks: cidr_blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteAssistantCidrRequest {
    type Action = DeleteAssistantCidr;
}

/// 删除共享带宽包: the request of `DeleteBandwidthPackage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteBandwidthPackage`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteBandwidthPackageRequest {
    /// 待删除带宽包唯一ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl DeleteBandwidthPackageRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteBandwidthPackageRequest {
    type Action = DeleteBandwidthPackage;
}

/// 删除CCN: the request of `DeleteCcn`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcn`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
}

impl DeleteCcnRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for DeleteCcnRequest {
    type Action = DeleteCcn;
}

/// 删除云联网策略路由下一跳: the request of `DeleteCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_ids: Vec<String>,
}

impl DeleteCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingNextHopIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_next_hop_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_next_hop_ids: policy_based_routing_next_hop_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnPolicyBasedRoutingNextHopRequest {
    type Action = DeleteCcnPolicyBasedRoutingNextHop;
}

/// 删除云联网策略路由匹配规则: the request of `DeleteCcnPolicyBasedRoutingRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnPolicyBasedRoutingRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnPolicyBasedRoutingRuleRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由匹配规则ID
    pub policy_based_routing_rule_ids: Vec<String>,
}

impl DeleteCcnPolicyBasedRoutingRuleRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingRuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_rule_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_rule_ids: policy_based_routing_rule_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnPolicyBasedRoutingRuleRequest {
    type Action = DeleteCcnPolicyBasedRoutingRule;
}

/// 删除云联网路由表: the request of `DeleteCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnRouteTablesRequest {
    /// 需要删除的路由表列表。
    pub route_table_id: Vec<String>,
}

impl DeleteCcnRouteTablesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            route_table_id: route_table_id.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnRouteTablesRequest {
    type Action = DeleteCcnRouteTables;
}

/// 删除 IDC通道: the request of `DeleteCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdcLDCXListRequest {}

impl tencent_action::Request for DeleteCdcLDCXListRequest {
    type Action = DeleteCdcLDCXList;
}

/// 删除虚拟连接: the request of `DeleteCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdcNetPlanesRequest {}

impl tencent_action::Request for DeleteCdcNetPlanesRequest {
    type Action = DeleteCdcNetPlanes;
}

/// 删除对端网关: the request of `DeleteCustomerGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCustomerGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCustomerGatewayRequest {
    /// 对端网关ID，例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/api/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
}

impl DeleteCustomerGatewayRequest {
    /// The request with its required members (`CustomerGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(customer_gateway_id: impl Into<String>) -> Self {
        Self {
            customer_gateway_id: customer_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteCustomerGatewayRequest {
    type Action = DeleteCustomerGateway;
}

/// 删除DhcpIp: the request of `DeleteDhcpIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDhcpIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDhcpIpRequest {
    /// `DhcpIp`的`ID`，是`DhcpIp`的唯一标识。
    pub dhcp_ip_id: String,
}

impl DeleteDhcpIpRequest {
    /// The request with its required members (`DhcpIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteDhcpIpRequest {
    type Action = DeleteDhcpIp;
}

/// 删除专线网关: the request of `DeleteDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDirectConnectGatewayRequest {
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    pub direct_connect_gateway_id: String,
}

impl DeleteDirectConnectGatewayRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteDirectConnectGatewayRequest {
    type Action = DeleteDirectConnectGateway;
}

/// 删除专线网关云联网路由: the request of `DeleteDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDirectConnectGatewayCcnRoutesRequest {
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// 路由ID。形如：ccnr-f49l6u0z。
    pub route_ids: Vec<String>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl DeleteDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteDirectConnectGatewayCcnRoutesRequest {
    type Action = DeleteDirectConnectGatewayCcnRoutes;
}

/// 删除流日志: the request of `DeleteFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteFlowLogRequest {
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_id: String,
    /// 私用网络唯一ID。删除云联网流日志时，可不填，其他流日志类型必填。可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取流日志对应的私有网络唯一ID。也可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取当前账户的私有网络唯一ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl DeleteFlowLogRequest {
    /// The request with its required members (`FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_id: impl Into<String>) -> Self {
        Self {
            flow_log_id: flow_log_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for DeleteFlowLogRequest {
    type Action = DeleteFlowLog;
}

/// 删除全局路由: the request of `DeleteGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由实例唯一Id列表。
    pub global_route_ids: Vec<String>,
}

impl DeleteGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_route_ids: global_route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteGlobalRoutesRequest {
    type Action = DeleteGlobalRoutes;
}

/// 删除HAVIP: the request of `DeleteHaVip`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHaVip`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHaVipRequest {
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    pub ha_vip_id: String,
}

impl DeleteHaVipRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteHaVipRequest {
    type Action = DeleteHaVip;
}

/// 删除高优路由表: the request of `DeleteHighPriorityRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHighPriorityRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHighPriorityRouteTablesRequest {
    /// 高优路由表表唯一ID 列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DeleteHighPriorityRouteTablesRequest {
    type Action = DeleteHighPriorityRouteTables;
}

/// 删除高优路由表条目: the request of `DeleteHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目唯一 ID 列表。
    pub high_priority_route_ids: Vec<String>,
}

impl DeleteHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_route_ids: high_priority_route_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteHighPriorityRoutesRequest {
    type Action = DeleteHighPriorityRoutes;
}

/// 释放IPV6转换实例: the request of `DeleteIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteIp6Translators`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIp6TranslatorsRequest {
    /// 待释放的IPV6转换实例的唯一ID，形如‘ip6-xxxxxxxx’
    pub ip6_translator_ids: Vec<String>,
}

impl DeleteIp6TranslatorsRequest {
    /// The request with its required members (`Ip6TranslatorIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_translator_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ip6_translator_ids: ip6_translator_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteIp6TranslatorsRequest {
    type Action = DeleteIp6Translators;
}

/// 删除本地网关: the request of `DeleteLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteLocalGatewayRequest {
    /// 本地网关实例ID。
    pub local_gateway_id: String,
    /// CDC实例ID。
    pub cdc_id: String,
    /// VPC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl DeleteLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayId`, `CdcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(local_gateway_id: impl Into<String>, cdc_id: impl Into<String>) -> Self {
        Self {
            local_gateway_id: local_gateway_id.into(),
            cdc_id: cdc_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for DeleteLocalGatewayRequest {
    type Action = DeleteLocalGateway;
}

/// 删除NAT网关: the request of `DeleteNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewayRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// 忽略操作风险
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_operation_risk: Option<bool>,
}

impl DeleteNatGatewayRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            ignore_operation_risk: None,
        }
    }
}

impl tencent_action::Request for DeleteNatGatewayRequest {
    type Action = DeleteNatGateway;
}

/// 删除NAT网关端口转发规则: the request of `DeleteNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// NAT网关的端口转换规则。
    pub destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRule,
    >,
}

impl DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `DestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            destination_ip_port_translation_nat_rules: destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = DeleteNatGatewayDestinationIpPortTranslationNatRule;
}

/// 删除NAT网关的SNAT转发规则: the request of `DeleteNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// NAT网关的SNAT ID列表，形如：`snat-df43254`。
    pub nat_gateway_snat_ids: Vec<String>,
}

impl DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `NatGatewaySnatIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        nat_gateway_snat_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_snat_ids: nat_gateway_snat_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = DeleteNatGatewaySourceIpTranslationNatRule;
}

/// 删除网络探测: the request of `DeleteNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetDetectRequest {
    /// 网络探测实例`ID`。形如：`netd-12345678`。
    pub net_detect_id: String,
}

impl DeleteNetDetectRequest {
    /// The request with its required members (`NetDetectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(net_detect_id: impl Into<String>) -> Self {
        Self {
            net_detect_id: net_detect_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetDetectRequest {
    type Action = DeleteNetDetect;
}

/// 删除网络ACL: the request of `DeleteNetworkAcl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAcl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
}

impl DeleteNetworkAclRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclRequest {
    type Action = DeleteNetworkAcl;
}

/// 删除ACL三元组单条规则: the request of `DeleteNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclEntriesRequest {
    /// 三元组网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 三元组网络ACL规则集。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_entry_set: Option<NetworkAclEntrySet>,
}

impl DeleteNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set: None,
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclEntriesRequest {
    type Action = DeleteNetworkAclEntries;
}

/// 删除网络ACL五元组指定的部分条目接口。: the request of `DeleteNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclQuintupleEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl DeleteNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclQuintupleEntriesRequest {
    type Action = DeleteNetworkAclQuintupleEntries;
}

/// 删除弹性网卡: the request of `DeleteNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkInterfaceRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
}

impl DeleteNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetworkInterfaceRequest {
    type Action = DeleteNetworkInterface;
}

/// 删除私网NAT网关: the request of `DeletePrivateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayRequest {
    /// 私网网关唯一`ID`，形如"intranat-xxxxxxxx"。
    pub nat_gateway_id: String,
    /// 忽略操作风险
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_operation_risk: Option<bool>,
}

impl DeletePrivateNatGatewayRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            ignore_operation_risk: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayRequest {
    type Action = DeletePrivateNatGateway;
}

/// 删除私网NAT网关目的端口转换规则: the request of `DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则数组。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        LocalDestinationIpPortTranslationNatRule,
    >,
}

impl DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = LocalDestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = DeletePrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 删除私网NAT网关源端转换访问控制规则: the request of `DeletePrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池
    pub translation_ip: String,
    /// 访问控制规则对应`ID`
    pub acl_rule_ids: Vec<u64>,
    /// 映射前`IP`,当转换规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl DeletePrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `AclRuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        acl_rule_ids: impl IntoIterator<Item = u64>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            acl_rule_ids: acl_rule_ids.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayTranslationAclRuleRequest {
    type Action = DeletePrivateNatGatewayTranslationAclRule;
}

/// 删除私网NAT网关源端转换规则: the request of `DeletePrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。
    pub translation_nat_rules: Vec<TranslationNatRule>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl DeletePrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayTranslationNatRuleRequest {
    type Action = DeletePrivateNatGatewayTranslationNatRule;
}

/// 删除内网保留IP: the request of `DeleteReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteReserveIpAddressesRequest {
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// 内网保留IP地址列表。
    pub reserve_ip_ids: Vec<String>,
}

impl DeleteReserveIpAddressesRequest {
    /// The request with its required members (`VpcId`, `ReserveIpIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        reserve_ip_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            reserve_ip_ids: reserve_ip_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteReserveIpAddressesRequest {
    type Action = DeleteReserveIpAddresses;
}

/// 删除路由接收策略和条目。: the request of `DeleteRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyRequest {
    /// 路由接收策略唯一ID。
    pub route_policy_id: String,
}

impl DeleteRoutePolicyRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyRequest {
    type Action = DeleteRoutePolicy;
}

/// 删除路由接收策略绑定: the request of `DeleteRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyAssociationsRequest {
    /// 路由策略绑定对象列表，删除路由策略绑定时，仅需使用RoutePolicyAssociation的RouteTableId字段和RoutePolicyId字段（不需要填写Priority字段）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl DeleteRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyAssociationsRequest {
    type Action = DeleteRoutePolicyAssociations;
}

/// 删除路由接收策略条目: the request of `DeleteRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyEntriesRequest {
    /// 路由接收策略实例ID。
    pub route_policy_id: String,
    /// 路由接收策略条目列表，删除路由策略规则时，仅需使用RoutePolicyEntry的RoutePolicyEntryIdId字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
}

impl DeleteRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: None,
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyEntriesRequest {
    type Action = DeleteRoutePolicyEntries;
}

/// 删除路由表: the request of `DeleteRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRouteTableRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
}

impl DeleteRouteTableRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteRouteTableRequest {
    type Action = DeleteRouteTable;
}

/// 删除路由策略: the request of `DeleteRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutesRequest {
    /// 路由表实例ID。
    pub route_table_id: String,
    /// 路由策略对象，删除路由策略时，仅需使用Route的RouteId字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<Route>>,
}

impl DeleteRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: None,
        }
    }
}

impl tencent_action::Request for DeleteRoutesRequest {
    type Action = DeleteRoutes;
}

/// 删除安全组: the request of `DeleteSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSecurityGroupRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
}

impl DeleteSecurityGroupRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteSecurityGroupRequest {
    type Action = DeleteSecurityGroup;
}

/// 删除安全组规则: the request of `DeleteSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSecurityGroupPoliciesRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组规则集合。一个请求中只能删除单个方向的一条或多条规则。支持指定索引（PolicyIndex） 匹配删除和安全组规则匹配删除两种方式，一个请求中只能使用一种匹配方式。
    ///
    /// 使用安全组规则匹配删除时，需要填写`Action`， `Protocol`， `CidrBlock`， `Port`参数。
    pub security_group_policy_set: SecurityGroupPolicySet,
}

impl DeleteSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
        }
    }
}

impl tencent_action::Request for DeleteSecurityGroupPoliciesRequest {
    type Action = DeleteSecurityGroupPolicies;
}

/// 删除协议端口模板: the request of `DeleteServiceTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteServiceTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceTemplateRequest {
    /// 协议端口模板实例ID，例如：ppm-e6dy460g。
    pub service_template_id: String,
}

impl DeleteServiceTemplateRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteServiceTemplateRequest {
    type Action = DeleteServiceTemplate;
}

/// 删除协议端口模板集合: the request of `DeleteServiceTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteServiceTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceTemplateGroupRequest {
    /// 协议端口模板集合实例ID，例如：ppmg-n17uxvve。
    pub service_template_group_id: String,
}

impl DeleteServiceTemplateGroupRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteServiceTemplateGroupRequest {
    type Action = DeleteServiceTemplateGroup;
}

/// 删除快照策略: the request of `DeleteSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSnapshotPoliciesRequest {
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl DeleteSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteSnapshotPoliciesRequest {
    type Action = DeleteSnapshotPolicies;
}

/// 删除子网: the request of `DeleteSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSubnet`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSubnetRequest {
    /// 子网实例ID。可通过DescribeSubnets接口返回值中的SubnetId获取。
    pub subnet_id: String,
}

impl DeleteSubnetRequest {
    /// The request with its required members (`SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_id: impl Into<String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteSubnetRequest {
    type Action = DeleteSubnet;
}

/// 删除模板对象成员: the request of `DeleteTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTemplateMemberRequest {
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// 需要添加的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致。
    pub template_member: Vec<MemberInfo>,
}

impl DeleteTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DeleteTemplateMemberRequest {
    type Action = DeleteTemplateMember;
}

/// 删除流量镜像: the request of `DeleteTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficMirrorRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl DeleteTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteTrafficMirrorRequest {
    type Action = DeleteTrafficMirror;
}

/// 删除流量镜像过滤规则。: the request of `DeleteTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rule_ids: Option<Vec<String>>,
    /// 流量镜像出站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rule_ids: Option<Vec<String>>,
}

impl DeleteTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rule_ids: None,
            egress_filter_rule_ids: None,
        }
    }
}

impl tencent_action::Request for DeleteTrafficMirrorFilterRulesRequest {
    type Action = DeleteTrafficMirrorFilterRules;
}

/// 删除共享流量包: the request of `DeleteTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficPackages`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficPackagesRequest {
    /// 待删除的流量包唯一ID数组
    pub traffic_package_ids: Vec<String>,
}

impl DeleteTrafficPackagesRequest {
    /// The request with its required members (`TrafficPackageIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_package_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            traffic_package_ids: traffic_package_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteTrafficPackagesRequest {
    type Action = DeleteTrafficPackages;
}

/// 删除VPC: the request of `DeleteVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcRequest {
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
}

impl DeleteVpcRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self { vpc_id: vpc_id.into() }
    }
}

impl tencent_action::Request for DeleteVpcRequest {
    type Action = DeleteVpc;
}

/// 删除终端节点: the request of `DeleteVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointRequest {
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl DeleteVpcEndPointRequest {
    /// The request with its required members (`EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_id: impl Into<String>) -> Self {
        Self {
            end_point_id: end_point_id.into(),
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointRequest {
    type Action = DeleteVpcEndPoint;
}

/// 删除终端节点服务: the request of `DeleteVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointServiceRequest {
    /// 终端节点ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl DeleteVpcEndPointServiceRequest {
    /// The request with its required members (`EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_service_id: impl Into<String>) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointServiceRequest {
    type Action = DeleteVpcEndPointService;
}

/// 删除终端节点服务白名单: the request of `DeleteVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointServiceWhiteListRequest {
    /// 用户UIN数组。登录 腾讯云账号中心控制台
    pub user_uin: Vec<String>,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
}

impl DeleteVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl IntoIterator<Item = impl Into<String>>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into_iter().map(Into::into).collect(),
            end_point_service_id: end_point_service_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointServiceWhiteListRequest {
    type Action = DeleteVpcEndPointServiceWhiteList;
}

/// 删除私有网络对等连接: the request of `DeleteVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl DeleteVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpcPeeringConnectionRequest {
    type Action = DeleteVpcPeeringConnection;
}

/// 删除VPN通道: the request of `DeleteVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnConnectionRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
}

impl DeleteVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnConnectionRequest {
    type Action = DeleteVpnConnection;
}

/// 删除VPN网关: the request of `DeleteVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewayRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
}

impl DeleteVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewayRequest {
    type Action = DeleteVpnGateway;
}

/// 删除VPN网关路由: the request of `DeleteVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewayRoutesRequest {
    /// VPN网关实例ID
    pub vpn_gateway_id: String,
    /// 路由ID信息列表，可以通过[DescribeVpnGatewayRoutes](https://cloud.tencent.com/document/api/215/57676)接口查询。
    pub route_ids: Vec<String>,
}

impl DeleteVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewayRoutesRequest {
    type Action = DeleteVpnGatewayRoutes;
}

/// 删除SSL-VPN-CLIENT: the request of `DeleteVpnGatewaySslClient`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewaySslClient`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewaySslClientRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量删除时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DeleteVpnGatewaySslClientRequest {
    type Action = DeleteVpnGatewaySslClient;
}

/// 删除SSL-VPN-SERVER: the request of `DeleteVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewaySslServerRequest {
    /// SSL-VPN-SERVER 实例ID。
    pub ssl_vpn_server_id: String,
}

impl DeleteVpnGatewaySslServerRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewaySslServerRequest {
    type Action = DeleteVpnGatewaySslServer;
}

/// 查询账户属性: the request of `DescribeAccountAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAccountAttributes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAccountAttributesRequest {}

impl tencent_action::Request for DescribeAccountAttributesRequest {
    type Action = DescribeAccountAttributes;
}

/// 查询指定EIP带宽上下限: the request of `DescribeAddressBandwidthRange`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressBandwidthRange`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressBandwidthRangeRequest {
    /// EIP资源ID列表，单次查询上限20，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeAddressBandwidthRangeRequest {
    type Action = DescribeAddressBandwidthRange;
}

/// 查询弹性公网IP配额: the request of `DescribeAddressQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressQuotaRequest {}

impl tencent_action::Request for DescribeAddressQuotaRequest {
    type Action = DescribeAddressQuota;
}

/// 查询参数模板IP地址组关联的实例列表: the request of `DescribeAddressTemplateGroupInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateGroupInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateGroupInstancesRequest {
    /// IP地址组实例ID。例如：ipmg-12345678。
    pub address_template_group_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeAddressTemplateGroupInstancesRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeAddressTemplateGroupInstancesRequest {
    type Action = DescribeAddressTemplateGroupInstances;
}

/// 查询IP地址模板集合: the request of `DescribeAddressTemplateGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateGroupsRequest {
    /// 过滤条件。
    ///
    /// - address-template-group-name - String - （过滤条件）IP地址模板集合名称。
    ///
    /// - address-template-group-id - String - （过滤条件）IP地址模板实集合例ID，例如：ipmg-mdunqeb6。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否查询IP地址模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`AddressTemplateGroupId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// IP地址成员排序字段。支持：`AddressTemplateId` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// IP地址成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeAddressTemplateGroupsRequest {
    type Action = DescribeAddressTemplateGroups;
}

/// 查询参数模板IP地址关联的实例列表: the request of `DescribeAddressTemplateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateInstancesRequest {
    /// IP地址实例ID。例如：ipm-12345678。
    pub address_template_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeAddressTemplateInstancesRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeAddressTemplateInstancesRequest {
    type Action = DescribeAddressTemplateInstances;
}

/// 查询IP地址模板: the request of `DescribeAddressTemplates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplatesRequest {
    /// 过滤条件。
    ///
    /// - address-template-name - IP地址模板名称。
    ///
    /// - address-template-id - IP地址模板实例ID，例如：ipm-mdunqeb6。
    ///
    /// - address-ip - IP地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取IP地址模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`AddressTemplateId` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// IP成员排序字段。支持：`Address` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// IP成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeAddressTemplatesRequest {
    type Action = DescribeAddressTemplates;
}

/// 查询弹性公网IP列表: the request of `DescribeAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressesRequest {
    /// 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。参数不支持同时指定`AddressIds`和`Filters.address-id`。
    ///
    /// 说明：当指定该参数进行查询时，接口返回的结果数量上限由  Limit  参数决定（默认 20 条）。响应中的  TotalCount  字段表示符合条件的记录总数。当  TotalCount  超出  Limit  限制时，接口仅返回当前页的数据，您需要结合  Offset  参数进行分页遍历，以获取完整的查询结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。详细的过滤条件如下：
    ///
    /// -  address-id - String - 是否必填：否 - （过滤条件）按照 EIP 的唯一 ID 过滤。EIP 唯一 ID 形如：eip-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-id。
    ///
    /// -  address-name - String - 是否必填：否 - （过滤条件）按照 EIP 名称过滤。不支持模糊过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-name。注意：当指定 address-name 参数时，仅支持按第一个传入的 address-name 参数执行查询操作。
    ///
    /// -  address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-ip。
    ///
    /// -  address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态过滤。状态包含：'CREATING'：创建中，'BINDING'：绑定中，'BIND'：已绑，'UNBINDING'：解绑中，'UNBIND'：未绑定，'OFFLINING'：下线中，'BIND_ENI'：绑定了ENI。
    ///
    /// -  instance-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的实例 ID 过滤。实例 ID 形如：ins-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取instance-id。
    ///
    /// -  private-ip-address - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的内网 IP 过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取private-ip-address。注意：当指定 private-ip-address 参数时，仅支持按第一个传入的 private-ip-address 参数执行查询操作。
    ///
    /// -  network-interface-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的弹性网卡 ID 过滤。弹性网卡 ID 形如：eni-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取network-interface-id。
    ///
    /// -  is-arrears - String - 是否必填：否 - （过滤条件）按照 EIP 是否欠费进行过滤。（TRUE：EIP 处于欠费状态|FALSE：EIP 费用状态正常）
    ///
    /// -  instance-type - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的实例类型进行过滤。绑定的实例类型可选值：'CVM'：云服务器，'NAT'：NAT 网关，'ENI'：弹性网卡，'CLB'：负载均衡，'HAVIP'：高可用虚拟IP，'DHCPIP'：弹性内网IP，'EKS'：弹性容器服务，'VPCE'：终端节点，'WAF'：Web 应用防火墙。注意：过滤条件仅使用 instance-type 时，系统默认返回所有EIP类型（包括EIP、AnycastEIP、HighQualityEIP、AntiDDoSEIP、ResidentialEIP）绑定的资源列表。若需查询特定EIP类型绑定的资源，或查询普通公网IP绑定的资源，请同时指定 instance-type 和 address-type 参数进行配置。
    ///
    /// -  address-type - String - 是否必填：否 - （过滤条件）按照 IP类型 进行过滤。可选值：'WanIP'：普通公网 IP, 'EIP'：弹性公网 IP，'AnycastEIP'：加速 IP，'HighQualityEIP'：精品弹性公网 IP， 'AntiDDoSEIP'：高防 IP，'ResidentialEIP'：原生 IP。该参数用于指定需要查询的弹性公网 IP 类型。若不传入此参数，接口默认返回 EIP、AnycastEIP、HighQualityEIP、AntiDDoSEIP、ResidentialEIP 这五种类型的资源，不包含普通公网 IP（WanIP）。如需查询普通公网 IP，请务必显式传入  'WanIP' 。
    ///
    /// -  address-isp - String - 是否必填：否 - （过滤条件）按照 运营商类型 进行过滤。可选值：'BGP'：常规BGP，'CMCC'：移动，'CUCC'：联通, 'CTCC'：电信
    ///
    /// -  dedicated-cluster-id - String - 是否必填：否 - （过滤条件）按照 CDC 的唯一 ID 过滤。CDC 唯一 ID 形如：cluster-11112222。
    ///
    /// -  tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// -  tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// -  tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeAddressesRequest {
    type Action = DescribeAddresses;
}

/// 查询辅助CIDR列表: the request of `DescribeAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAssistantCidr`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAssistantCidrRequest {
    /// `VPC`实例`ID`数组。形如：\[`vpc-6v2ht8q5`\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定VpcIds和Filters。
    ///
    /// 当前支持的过滤条件如下：
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。（当前仅支持该过滤条件）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeAssistantCidrRequest {
    type Action = DescribeAssistantCidr;
}

/// 查询指定带宽包带宽上下限: the request of `DescribeBandwidthPackageBandwidthRange`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageBandwidthRange`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageBandwidthRangeRequest {
    /// 带宽包资源ID列表，单次查询上限20。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeBandwidthPackageBandwidthRangeRequest {
    type Action = DescribeBandwidthPackageBandwidthRange;
}

/// 查询后付费共享带宽包当前的用量: the request of `DescribeBandwidthPackageBillUsage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageBillUsage`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageBillUsageRequest {
    /// 后付费共享带宽包的唯一ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/api/215/19209)接口获取BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl DescribeBandwidthPackageBillUsageRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeBandwidthPackageBillUsageRequest {
    type Action = DescribeBandwidthPackageBillUsage;
}

/// 查询带宽包配额: the request of `DescribeBandwidthPackageQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageQuotaRequest {}

impl tencent_action::Request for DescribeBandwidthPackageQuotaRequest {
    type Action = DescribeBandwidthPackageQuota;
}

/// 查询共享带宽包内的资源: the request of `DescribeBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageResourcesRequest {
    /// 标识 共享带宽包 的唯一 ID 列表。共享带宽包 唯一 ID 形如：`bwp-11112222`。
    pub bandwidth_package_id: String,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。详细的过滤条件如下：
    ///
    /// -  resource-id - String - 是否必填：否 - （过滤条件）按照 共享带宽包内资源 的唯一 ID 过滤。共享带宽包内资源 唯一 ID 形如：eip-11112222。
    ///
    /// -  resource-type - String - 是否必填：否 - （过滤条件）按照 共享带宽包内资源 类型过滤，目前仅支持 弹性IP 和 负载均衡 两种类型，可选值为 Address 和 LoadBalance。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeBandwidthPackageResourcesRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeBandwidthPackageResourcesRequest {
    type Action = DescribeBandwidthPackageResources;
}

/// 查询带宽包资源: the request of `DescribeBandwidthPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackages`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackagesRequest {
    /// 带宽包唯一ID列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10。参数不支持同时指定`BandwidthPackageIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  bandwidth-package-id - String - 是否必填：否 - （过滤条件）按照带宽包的唯一标识ID过滤。
    ///
    /// -  bandwidth-package-name - String - 是否必填：否 - （过滤条件）按照 带宽包名称过滤。不支持模糊过滤。
    ///
    /// -  network-type - String - 是否必填：否 - （过滤条件）按照带宽包的类型过滤。网络类型可参考[BandwidthPackage](https://cloud.tencent.com/document/api/215/15824#BandwidthPackage)。
    ///
    /// -  charge-type - String - 是否必填：否 - （过滤条件）按照带宽包的计费类型过滤。计费类型可参考[BandwidthPackage](https://cloud.tencent.com/document/api/215/15824#BandwidthPackage)。
    ///
    /// -  resource.resource-type - String - 是否必填：否 - （过滤条件）按照带宽包资源类型过滤。资源类型包括'Address'和'LoadBalance'
    ///
    /// -  resource.resource-id - String - 是否必填：否 - （过滤条件）按照带宽包资源Id过滤。资源Id形如'eip-xxxx','lb-xxxx'
    ///
    /// -  resource.address-ip - String - 是否必填：否 - （过滤条件）按照带宽包资源Ip过滤。
    ///
    /// -  tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// -  tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// -  tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 查询带宽包偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小结。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 查询带宽包返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小结。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeBandwidthPackagesRequest {
    type Action = DescribeBandwidthPackages;
}

/// 查询云联网关联实例列表: the request of `DescribeCcnAttachedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnAttachedInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnAttachedInstancesRequest {
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - instance-type - String -（过滤条件）关联实例类型。
    ///
    /// - instance-region - String -（过滤条件）关联实例所属地域。
    ///
    /// - instance-id - String -（过滤条件）关联实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 云联网实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_id: Option<String>,
    /// 排序字段。支持：`CcnId` `InstanceType` `InstanceId` `InstanceName` `InstanceRegion` `AttachedTime` `State`。默认值：`AttachedTime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeCcnAttachedInstancesRequest {
    type Action = DescribeCcnAttachedInstances;
}

/// 查询云联网策略路由下一跳: the request of `DescribeCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网 ID
    pub ccn_id: String,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl DescribeCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnPolicyBasedRoutingNextHopRequest {
    type Action = DescribeCcnPolicyBasedRoutingNextHop;
}

/// 查询云联网策略路由匹配规则: the request of `DescribeCcnPolicyBasedRoutingRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnPolicyBasedRoutingRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnPolicyBasedRoutingRuleRequest {
    /// 云联网 ID
    pub ccn_id: String,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeCcnPolicyBasedRoutingRuleRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnPolicyBasedRoutingRuleRequest {
    type Action = DescribeCcnPolicyBasedRoutingRule;
}

/// 查询云联网各地域出带宽上限: the request of `DescribeCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRegionBandwidthLimitsRequest {
    /// CCN实例ID，形如：ccn-f49l6u0z。
    pub ccn_id: String,
}

impl DescribeCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for DescribeCcnRegionBandwidthLimitsRequest {
    type Action = DescribeCcnRegionBandwidthLimits;
}

/// 查询云联网路由传播策略: the request of `DescribeCcnRouteTableBroadcastPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTableBroadcastPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTableBroadcastPolicysRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网路由表ID
    pub route_table_id: String,
    /// 路由传播策略版本号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<u64>,
}

impl DescribeCcnRouteTableBroadcastPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>, route_table_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policy_version: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRouteTableBroadcastPolicysRequest {
    type Action = DescribeCcnRouteTableBroadcastPolicys;
}

/// 查询云联网路由接收策略: the request of `DescribeCcnRouteTableInputPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTableInputPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTableInputPolicysRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表ID。
    pub route_table_id: String,
    /// 路由接收策略版本号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<u64>,
}

impl DescribeCcnRouteTableInputPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>, route_table_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policy_version: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRouteTableInputPolicysRequest {
    type Action = DescribeCcnRouteTableInputPolicys;
}

/// 查询云联网路由表信息: the request of `DescribeCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTablesRequest {
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - route-table-name - String -（过滤条件）路由表名称。
    ///
    /// - route-table-description- String -（过滤条件）路由表备注。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 一次查询最大返回的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCcnRouteTablesRequest {
    type Action = DescribeCcnRouteTables;
}

/// 查询云联网路由条目: the request of `DescribeCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRoutesRequest {
    /// CCN实例ID，形如：`ccn-gree226l`。
    pub ccn_id: String,
    /// CCN路由策略唯一ID，形如：`ccnr-f49l6u0z`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定RouteIds和Filters。
    ///
    /// - route-id - String -（过滤条件）路由策略ID。
    ///
    /// - cidr-block - String -（过滤条件）目的端。
    ///
    /// - instance-type - String -（过滤条件）下一跳类型。
    ///
    /// - instance-region - String -（过滤条件）下一跳所属地域。
    ///
    /// - instance-id - String -（过滤条件）下一跳实例ID。
    ///
    /// - route-table-id - String -（过滤条件）路由表ID列表，形如ccntr-1234edfr，可以根据路由表ID 过滤。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeCcnRoutesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRoutesRequest {
    type Action = DescribeCcnRoutes;
}

/// 查询CCN列表: the request of `DescribeCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnsRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定CcnIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定CcnIds和Filters。
    ///
    /// - ccn-id - String - （过滤条件）CCN唯一ID，形如：`ccn-f49l6u0z`。
    ///
    /// - ccn-name - String - （过滤条件）CCN名称。
    ///
    /// - ccn-description - String - （过滤条件）CCN描述。
    ///
    /// - state - String - （过滤条件）实例状态， 'ISOLATED': 隔离中（欠费停服），'AVAILABLE'：运行中。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例：查询绑定了标签的CCN列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。支持：`CcnId` `CcnName` `CreateTime` `State` `QosLevel`。默认值: `CreateTime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeCcnsRequest {
    type Action = DescribeCcns;
}

/// 查询 IDC通道信息: the request of `DescribeCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcLDCXListRequest {}

impl tencent_action::Request for DescribeCdcLDCXListRequest {
    type Action = DescribeCdcLDCXList;
}

/// 查询虚拟连接: the request of `DescribeCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcNetPlanesRequest {}

impl tencent_action::Request for DescribeCdcNetPlanesRequest {
    type Action = DescribeCdcNetPlanes;
}

/// 查询IDC使用的 VLAN: the request of `DescribeCdcUsedIdcVlan`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcUsedIdcVlan`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcUsedIdcVlanRequest {}

impl tencent_action::Request for DescribeCdcUsedIdcVlanRequest {
    type Action = DescribeCdcUsedIdcVlan;
}

/// 查询基础网络互通列表: the request of `DescribeClassicLinkInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeClassicLinkInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeClassicLinkInstancesRequest {
    /// 过滤条件。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID。
    ///
    /// - vm-ip - String - （过滤条件）基础网络云服务器IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// 偏移量，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl tencent_action::Request for DescribeClassicLinkInstancesRequest {
    type Action = DescribeClassicLinkInstances;
}

/// 查询云联网跨境限速实例: the request of `DescribeCrossBorderCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderCcnRegionBandwidthLimitsRequest {
    /// 过滤条件，目前`value`值个数只支持一个，可支持的字段有：
    ///
    /// - `source-region` 源地域，值形如：`["ap-guangzhou"]`
    ///
    /// - `destination-region` 目的地域，值形如：`["ap-shanghai"]`
    ///
    /// - `ccn-ids` 云联网ID数组，值形如：`["ccn-12345678"]`
    ///
    /// - `user-account-id` 用户账号ID，值形如`["12345678"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数据量可选值0到100之间的整数，默认20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCrossBorderCcnRegionBandwidthLimitsRequest {
    type Action = DescribeCrossBorderCcnRegionBandwidthLimits;
}

/// 查询合规化审批单: the request of `DescribeCrossBorderCompliance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderCompliance`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderComplianceRequest {
    /// （精确匹配）服务商，可选值：`UNICOM`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider: Option<String>,
    /// （精确匹配）合规化审批单`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_id: Option<u64>,
    /// （模糊查询）公司名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// （精确匹配）统一社会信用代码。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uniform_social_credit_code: Option<String>,
    /// （模糊查询）法定代表人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person: Option<String>,
    /// （精确查询）法人身份证号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person_id: Option<String>,
    /// （模糊查询）发证机关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuing_authority: Option<String>,
    /// （模糊查询）营业执照住所。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_address: Option<String>,
    /// （精确匹配）邮编。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_code: Option<u64>,
    /// （模糊查询）经办人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// （精确查询）经办人身份证号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_id: Option<String>,
    /// （模糊查询）经办人身份证地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_address: Option<String>,
    /// （精确匹配）经办人联系电话。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_telephone: Option<String>,
    /// （精确匹配）电子邮箱。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// （精确匹配）服务开始日期，如：`2020-07-28`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_start_date: Option<String>,
    /// （精确匹配）服务结束日期，如：`2021-07-28`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_end_date: Option<String>,
    /// （精确匹配）状态。待审批：`PENDING`，通过：`APPROVED `，拒绝：`DENY`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCrossBorderComplianceRequest {
    type Action = DescribeCrossBorderCompliance;
}

/// 查询跨境带宽监控数据: the request of `DescribeCrossBorderFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderFlowMonitorRequest {
    /// 源地域。
    pub source_region: String,
    /// 目的地域。
    pub destination_region: String,
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网所属账号。
    pub ccn_uin: String,
    /// 时间粒度。单位为:秒，如60为60s的时间粒度
    pub period: i64,
    /// 开始时间。
    pub start_time: String,
    /// 结束时间。
    pub end_time: String,
}

impl DescribeCrossBorderFlowMonitorRequest {
    /// The request with its required members (`SourceRegion`, `DestinationRegion`, `CcnId`, `CcnUin`, `Period`, `StartTime`, `EndTime`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_region: impl Into<String>,
        destination_region: impl Into<String>,
        ccn_id: impl Into<String>,
        ccn_uin: impl Into<String>,
        period: i64,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
    ) -> Self {
        Self {
            source_region: source_region.into(),
            destination_region: destination_region.into(),
            ccn_id: ccn_id.into(),
            ccn_uin: ccn_uin.into(),
            period,
            start_time: start_time.into(),
            end_time: end_time.into(),
        }
    }
}

impl tencent_action::Request for DescribeCrossBorderFlowMonitorRequest {
    type Action = DescribeCrossBorderFlowMonitor;
}

/// 查询可支持的对端网关厂商信息: the request of `DescribeCustomerGatewayVendors`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCustomerGatewayVendors`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCustomerGatewayVendorsRequest {}

impl tencent_action::Request for DescribeCustomerGatewayVendorsRequest {
    type Action = DescribeCustomerGatewayVendors;
}

/// 查询对端网关: the request of `DescribeCustomerGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCustomerGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCustomerGatewaysRequest {
    /// 对端网关ID，例如：cgw-2wqq41m9。每次请求的实例的上限为100。参数不支持同时指定CustomerGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_ids: Option<Vec<String>>,
    /// 过滤条件，详见下表：实例过滤条件表。每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定CustomerGatewayIds和Filters。
    ///
    /// - customer-gateway-id - String - （过滤条件）用户网关唯一ID形如：`cgw-mgp33pll`。
    ///
    /// - customer-gateway-name - String - （过滤条件）用户网关名称形如：`test-cgw`。
    ///
    /// - ip-address - String - （过滤条件）公网地址形如：`58.211.1.12`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCustomerGatewaysRequest {
    type Action = DescribeCustomerGateways;
}

/// 查询用户当前地域下可指定的特殊可用区: the request of `DescribeDesignatedZones`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDesignatedZones`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDesignatedZonesRequest {}

impl tencent_action::Request for DescribeDesignatedZonesRequest {
    type Action = DescribeDesignatedZones;
}

/// 查询DhcpIp列表: the request of `DescribeDhcpIps`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDhcpIps`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDhcpIpsRequest {
    /// DhcpIp实例ID。形如：dhcpip-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定DhcpIpIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhcp_ip_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定DhcpIpIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。
    ///
    /// - dhcpip-id - String - （过滤条件）DhcpIp实例ID，形如：dhcpip-pxir56ns。
    ///
    /// - dhcpip-name - String - （过滤条件）DhcpIp实例名称。
    ///
    /// - address-ip - String - （过滤条件）DhcpIp实例的IP，根据IP精确查找。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeDhcpIpsRequest {
    type Action = DescribeDhcpIps;
}

/// 查询专线网关云联网路由: the request of `DescribeDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDirectConnectGatewayCcnRoutesRequest {
    /// 专线网关ID，形如：`dcg-prpqlmg1`。
    pub direct_connect_gateway_id: String,
    /// 云联网路由学习类型，可选值：
    ///
    /// - `BGP` - 自动学习。
    ///
    /// - `STATIC` - 静态，即用户配置，默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_type: Option<String>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            ccn_route_type: None,
            address_type: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeDirectConnectGatewayCcnRoutesRequest {
    type Action = DescribeDirectConnectGatewayCcnRoutes;
}

/// 查询专线网关: the request of `DescribeDirectConnectGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDirectConnectGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDirectConnectGatewaysRequest {
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定`DirectConnectGatewayIds`和`Filters`。
    ///
    /// - direct-connect-gateway-id - String - 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    ///
    /// - direct-connect-gateway-name - String - 专线网关名称，默认模糊查询。
    ///
    /// - direct-connect-gateway-ip - String - 专线网关`IP`。
    ///
    /// - gateway-type - String - 网关类型，可选值：`NORMAL`（普通型）、`NAT`（NAT型）。
    ///
    /// - network-type- String - 网络类型，可选值：`VPC`（私有网络类型）、`CCN`（云联网类型）。
    ///
    /// - ccn-id - String - 专线网关所在云联网`ID`。
    ///
    /// - vpc-id - String - 专线网关所在私有网络`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeDirectConnectGatewaysRequest {
    type Action = DescribeDirectConnectGateways;
}

/// 查询VPC流日志实例信息: the request of `DescribeFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeFlowLogRequest {
    /// 私用网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。该接口不支持拉取CCN类型的流日志，所以该字段为必选。
    pub vpc_id: String,
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取；
    pub flow_log_id: String,
}

impl DescribeFlowLogRequest {
    /// The request with its required members (`VpcId`, `FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, flow_log_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            flow_log_id: flow_log_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeFlowLogRequest {
    type Action = DescribeFlowLog;
}

/// 查询流日志集合: the request of `DescribeFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeFlowLogs`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeFlowLogsRequest {
    /// 私用网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_id: Option<String>,
    /// 流日志实例名称。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_name: Option<String>,
    /// 流日志所属资源类型，VPC（私有网络），SUBNET（子网），NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转化），DCG（专线网关）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// 资源唯一ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_type: Option<String>,
    /// 流日志存储ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_id: Option<String>,
    /// 流日志存储ID状态。SUCCESS（成功），DELETED（删除）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_state: Option<String>,
    /// 按某个字段排序,支持字段：flowLogName,createTime，默认按createTime。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 升序（ASC）还是降序（DESC）,默认：DESC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 每页行数，默认为10。范围1-100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件，参数不支持同时指定FlowLogId和Filters。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filter>,
    /// 流日志存储ID对应的地域信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_region: Option<String>,
}

impl tencent_action::Request for DescribeFlowLogsRequest {
    type Action = DescribeFlowLogs;
}

/// 查询网关流量监控明细: the request of `DescribeGatewayFlowMonitorDetail`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGatewayFlowMonitorDetail`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGatewayFlowMonitorDetailRequest {
    /// 时间点。表示要查询这分钟内的明细。如：`2019-02-28 18:15:20`，将查询 `18:15` 这一分钟内的明细。
    pub time_point: String,
    /// VPN网关实例ID，形如：`vpn-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_id: Option<String>,
    /// 专线网关实例ID，形如：`dcg-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_id: Option<String>,
    /// 对等连接实例ID，形如：`pcx-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_id: Option<String>,
    /// NAT网关实例ID，形如：`nat-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。支持 `InPkg` `OutPkg` `InTraffic` `OutTraffic`，标准型nat额外支持 并发连接数`ConcurrentConnectionCount` 、新建连接速率`NewConnectionRate`。默认值`OutTraffic`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。顺序：`ASC`，倒序：`DESC`。默认值`DESC`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// VPC内部IPv4地址，精确匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
}

impl DescribeGatewayFlowMonitorDetailRequest {
    /// The request with its required members (`TimePoint`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(time_point: impl Into<String>) -> Self {
        Self {
            time_point: time_point.into(),
            vpn_id: None,
            direct_connect_gateway_id: None,
            peering_connection_id: None,
            nat_id: None,
            offset: None,
            limit: None,
            order_field: None,
            order_direction: None,
            private_ip_address: None,
        }
    }
}

impl tencent_action::Request for DescribeGatewayFlowMonitorDetailRequest {
    type Action = DescribeGatewayFlowMonitorDetail;
}

/// 查询网关来访IP流控带宽: the request of `DescribeGatewayFlowQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGatewayFlowQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGatewayFlowQosRequest {
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
    /// 限流的云服务器内网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeGatewayFlowQosRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
            ip_addresses: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeGatewayFlowQosRequest {
    type Action = DescribeGatewayFlowQos;
}

/// 查询全局路由列表。: the request of `DescribeGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGlobalRoutesRequest {
    /// 过滤条件。
    ///
    /// - global-route-id - String - （过滤条件）如全局路由唯一 Id，形如：gr-bmenrwu2。
    ///
    /// - vpc-id - String - （过滤条件）VPC唯一Id， 形如： vpc-mcqaoy0f。
    ///
    /// - gateway-id - String - （过滤条件）下一跳对象。
    ///
    /// - gateway-type - String -  是否必填：否 - （过滤条件）按下一跳类型进行过滤。支持 NORMAL_CVM
    ///
    /// - cdc-id - String - （过滤条件）CDC实例ID，形如：cluster-gbo27yc4。
    ///
    /// - description - String - （过滤条件）描述。
    ///
    /// - dest-cidr - String - （过滤条件）Ipv4目标网段。
    ///
    /// - subnet-route-algorithm - String - （过滤条件）支持的 ECMP算法有：
    ///
    /// - ECMP_QUINTUPLE_HASH：五元组hash
    ///
    /// - ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash
    ///
    /// - ECMP_DESTINATION_IP_HASH：目的IP hash
    ///
    /// - ECMP_SOURCE_IP_HASH：源IP hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 全局路由唯一Id列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_route_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeGlobalRoutesRequest {
    type Action = DescribeGlobalRoutes;
}

/// 查询HAVIP列表: the request of `DescribeHaVips`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHaVips`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHaVipsRequest {
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定`HaVipIds`和`Filters`。
    ///
    /// - havip-id - String - `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    ///
    /// - havip-name - String - `HAVIP`名称。
    ///
    /// - vpc-id - String - `HAVIP`所在私有网络`ID`。
    ///
    /// - subnet-id - String - `HAVIP`所在子网`ID`。
    ///
    /// - vip - String - `HAVIP`的地址`VIP`。
    ///
    /// - address-ip - String - `HAVIP`绑定的弹性公网`IP`。
    ///
    /// - havip-association.instance-id - String - `HAVIP`绑定的子机或网卡。
    ///
    /// - havip-association.instance-type - String - `HAVIP`绑定的类型，取值:CVM, ENI。
    ///
    /// - check-associate - Bool - 是否开启HaVip飘移时校验绑定的子机或网卡。
    ///
    /// - cdc-id - String - CDC实例ID。
    ///
    /// - type- String - HAVIP类型。取值: NORMAL(普通); GWLB(网关负载均衡); OPTIMIZATION(优化模式)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeHaVipsRequest {
    type Action = DescribeHaVips;
}

/// 查询高优路由表: the request of `DescribeHighPriorityRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHighPriorityRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHighPriorityRouteTablesRequest {
    /// 过滤条件，参数不支持同时指定HighPriorityRouteTableIds和Filters。
    ///
    /// - high-priority-route-table-id - String - （过滤条件）高优路由表实例ID。
    ///
    /// - name - String - （过滤条件）高优路由表名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - tag-key - String -是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - next-hop-type - String - 是否必填：否 - （过滤条件）按下一跳类型进行过滤。使用next-hop-type进行过滤时，必须同时携带route-table-id与vpc-id。
    ///
    /// 目前我们支持的类型有：
    ///
    /// HAVIP：高可用虚拟IP；
    ///
    /// NORMAL_CVM：普通云服务器；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 高优路由表实例ID，例如：hprtb-18mot1fm。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table_ids: Option<Vec<String>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否需要获取路由策略信息，默认获取，当控制台不需要拉取路由策略信息时，改为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_router_info: Option<bool>,
}

impl tencent_action::Request for DescribeHighPriorityRouteTablesRequest {
    type Action = DescribeHighPriorityRouteTables;
}

/// 查询高优路由表条目: the request of `DescribeHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    ///
    /// - subnet-route-algorithm - String - （过滤条件）现在支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    ///
    /// - is-cdc - String - （过滤条件）CDC属性高优路由表。
    ///
    /// - cdc-id - String - （过滤条件）CDC 集群唯一 ID 。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(high_priority_route_table_id: impl Into<String>) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeHighPriorityRoutesRequest {
    type Action = DescribeHighPriorityRoutes;
}

/// 查询弹性公网IPv6列表: the request of `DescribeIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIPv6AddressesRequest {
    /// 标识 IPv6 的唯一 ID 列。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    ///
    /// - 传统弹性公网 IPv6 唯一 ID 形如：`eip-11112222`
    ///
    /// - 弹性公网 IPv6 唯一 ID 形如：`eipv6-11112222`
    ///
    /// 注意：参数不支持同时指定`IPv6AddressIds`和`Filters`。
    #[serde(rename = "IPv6AddressIds", default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。参数不支持同时指定`IPv6AddressIds`和`Filters`。详细的过滤条件如下：
    ///
    /// - address-id - String - 是否必填：否 - （过滤条件）按照弹性公网IPv6的唯一ID过滤。
    ///
    /// - public-ipv6-address - String - 是否必填：否 - （过滤条件）按照公网 IPv6 的 IP 地址过滤。
    ///
    /// - network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。
    ///
    /// - instance-id - String - 是否必填：否 - （过滤条件）按照绑定实例的唯一ID过滤。
    ///
    /// - charge-type - String - 是否必填：否 - （过滤条件）按照计费类型过滤。
    ///
    /// - private-ipv6-address - String - 是否必填：否 - （过滤条件）按照绑定的内网 IPv6 地址过滤。
    ///
    /// - egress - String - 是否必填：否 - （过滤条件）按照出口过滤。
    ///
    /// - address-type - String - 是否必填：否 - （过滤条件）按照IPv6类型 进行过滤。可选值：'EIP6'：传统弹性公网 IPv6，'EIPv6'：弹性公网 IPv6，'WanIPv6'：普通公网 IPv6，'HighQualityEIPv6'：精品弹性公网 IPv6。默认值是'EIPv6'。
    ///
    /// - address-isp - String - 是否必填：否 - （过滤条件）按照 运营商类型 进行过滤。可选值：'BGP'：常规BGP，'CMCC'：移动，'CUCC'：联通, 'CTCC'：电信。
    ///
    /// - address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态过滤。状态包含：'CREATING'：创建中，'BINDING'：绑定中，'BIND'：已绑，'UNBINDING'：解绑中，'UNBIND'：未绑定，'OFFLINING'：下线中，'BIND_ENI'：绑定了ENI，'PRIVATE'：仅开通内网的IPv6。
    ///
    /// - address-name - String - 是否必填：否 - （过滤条件）按照 EIP 名称过滤。不支持模糊过滤。
    ///
    /// - tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 是否查询传统型IPv6地址信息。可选值：
    ///
    /// - True：查询传统型IPv6地址信息
    ///
    /// - False：不查询传统型IPv6地址信息
    ///
    /// 默认值：False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traditional: Option<bool>,
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIPv6AddressesRequest {
    type Action = DescribeIPv6Addresses;
}

/// 查询指定云服务器是否支持巨帧: the request of `DescribeInstanceJumbo`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceJumbo`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstanceJumboRequest {
    /// CVM实例ID列表。限制每次i最多查询10个实例。
    pub instance_ids: Vec<String>,
}

impl DescribeInstanceJumboRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeInstanceJumboRequest {
    type Action = DescribeInstanceJumbo;
}

/// 查询传统弹性公网IPv6列表: the request of `DescribeIp6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6AddressesRequest {
    /// 标识 IPv6 的唯一 ID 列表。IPv6 唯一 ID 形如：`eip-11112222`。参数不支持同时指定`Ip6AddressIds`和`Filters`。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。参数不支持同时指定`AddressIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  address-ip - String - 是否必填：否 - （过滤条件）按照 IPv6 的 IP 地址过滤。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询address-ip。
    ///
    /// -  network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。可以使用[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口查询network-interface-id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIp6AddressesRequest {
    type Action = DescribeIp6Addresses;
}

/// 查询账户在指定地域IPV6转换实例和规则的配额: the request of `DescribeIp6TranslatorQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6TranslatorQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6TranslatorQuotaRequest {
    /// 待查询IPV6转换实例的唯一ID列表，形如ip6-xxxxxxxx
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeIp6TranslatorQuotaRequest {
    type Action = DescribeIp6TranslatorQuota;
}

/// 查询IPV6转换实例及其绑定规则信息: the request of `DescribeIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6Translators`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6TranslatorsRequest {
    /// IPV6转换实例唯一ID数组，形如ip6-xxxxxxxx
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。参数不支持同时指定`Ip6TranslatorIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  ip6-translator-id - String - 是否必填：否 - （过滤条件）按照IPV6转换实例的唯一ID过滤,形如ip6-xxxxxxx。
    ///
    /// -  ip6-translator-vip6 - String - 是否必填：否 - （过滤条件）按照IPV6地址过滤。不支持模糊过滤。
    ///
    /// -  ip6-translator-name - String - 是否必填：否 - （过滤条件）按照IPV6转换实例名称过滤。不支持模糊过滤。
    ///
    /// -  ip6-translator-status - String - 是否必填：否 - （过滤条件）按照IPV6转换实例的状态过滤。状态取值范围为"CREATING","RUNNING","DELETING","MODIFYING"。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIp6TranslatorsRequest {
    type Action = DescribeIp6Translators;
}

/// 获取IP地理位置库下载链接: the request of `DescribeIpGeolocationDatabaseUrl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIpGeolocationDatabaseUrl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIpGeolocationDatabaseUrlRequest {
    /// IP地理位置库协议类型，目前仅支持"ipv4"。
    pub r#type: String,
}

impl DescribeIpGeolocationDatabaseUrlRequest {
    /// The request with its required members (`Type`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(r#type: impl Into<String>) -> Self {
        Self { r#type: r#type.into() }
    }
}

impl tencent_action::Request for DescribeIpGeolocationDatabaseUrlRequest {
    type Action = DescribeIpGeolocationDatabaseUrl;
}

/// 查询IP地理位置信息: the request of `DescribeIpGeolocationInfos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIpGeolocationInfos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIpGeolocationInfosRequest {
    /// 需查询的IP地址列表，目前仅支持IPv4地址。查询的IP地址数量上限为100个。
    pub address_ips: Vec<String>,
    /// 需查询的IP地址的字段信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IpField>,
}

impl DescribeIpGeolocationInfosRequest {
    /// The request with its required members (`AddressIps`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ips: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ips: address_ips.into_iter().map(Into::into).collect(),
            fields: None,
        }
    }
}

impl tencent_action::Request for DescribeIpGeolocationInfosRequest {
    type Action = DescribeIpGeolocationInfos;
}

/// 查询本地网关: the request of `DescribeLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeLocalGateway`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeLocalGatewayRequest {
    /// 支持的过滤条件如下:
    ///
    /// - vpc-id:按照VPCID过滤。
    ///
    /// - local-gateway-name:本地网关名称,支持模糊查询。
    ///
    /// - local-gateway-id:本地网关实例ID。
    ///
    /// - cdc-id:cdc实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeLocalGatewayRequest {
    type Action = DescribeLocalGateway;
}

/// 查询NAT网关端口转发规则: the request of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayDestinationIpPortTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// NAT网关ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// 过滤条件:
    ///
    /// 参数不支持同时指定NatGatewayIds和Filters。每次请求的Filters的上限为10，Filter.Values的上限为5
    ///
    /// -  nat-gateway-id，NAT网关的ID，如`nat-0yi4hekt`
    ///
    /// -  vpc-id，私有网络VPC的ID，如`vpc-0yi4hekt`
    ///
    /// -  public-ip-address， 弹性IP，如`139.199.232.238`。
    ///
    /// - public-port， 公网端口。
    ///
    /// - private-ip-address， 内网IP，如`10.0.0.1`。
    ///
    /// - private-port， 内网端口。
    ///
    /// - description，规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request
for DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Action = DescribeNatGatewayDestinationIpPortTranslationNatRules;
}

/// 查询专线绑定NAT路由: the request of `DescribeNatGatewayDirectConnectGatewayRoute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayDirectConnectGatewayRoute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayDirectConnectGatewayRouteRequest {
    /// nat的唯一标识
    pub nat_gateway_id: String,
    /// vpc的唯一标识
    pub vpc_id: String,
    /// 查询NAT网关绑定的路由数量，可选值0-200，默认为10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// 数据偏移量，默认为0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

impl DescribeNatGatewayDirectConnectGatewayRouteRequest {
    /// The request with its required members (`NatGatewayId`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>, vpc_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            vpc_id: vpc_id.into(),
            limit: None,
            offset: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewayDirectConnectGatewayRouteRequest {
    type Action = DescribeNatGatewayDirectConnectGatewayRoute;
}

/// 查询nat网关流控明细: the request of `DescribeNatGatewayFlowMonitorDetail`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayFlowMonitorDetail`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayFlowMonitorDetailRequest {
    /// 时间点。表示要查询的时刻。聚合粒度为60、300时，会查询最近一个整分钟开始的聚合周期；聚合粒度为3600时，会查询最近一个整点开始的聚合周期；聚合粒度为86400时，会查询最近一个整天开始的聚合周期。形如：`2019-03-24T10:51:23+08:00`。
    pub time_point: String,
    /// NAT网关的ID，形如：`nat-ig8xpno8`。
    pub nat_gateway_id: String,
    /// 展示排序靠前的数据。默认值：10，表示默认展示排序前 10 的数据。最大值：100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_n: Option<i64>,
    /// 排序字段。支持：入包量`InPkg`、出包量`OutPkg`、入流量`InTraffic`、出流量`OutTraffic`，标准型nat额外支持 并发连接数`ConcurrentConnectionCount` 、新建连接速率`NewConnectionRate`。默认值`OutTraffic`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 聚合时间粒度。支持：60、300、3600、86400，即按照1分钟、5分钟、1小时、1天进行聚合查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_time_range: Option<i64>,
    /// 是否查询全部指标。默认值：True，表示查询全部指标。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_metric_mode: Option<bool>,
}

impl DescribeNatGatewayFlowMonitorDetailRequest {
    /// The request with its required members (`TimePoint`, `NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        time_point: impl Into<String>,
        nat_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            time_point: time_point.into(),
            nat_gateway_id: nat_gateway_id.into(),
            top_n: None,
            order_field: None,
            aggregation_time_range: None,
            all_metric_mode: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewayFlowMonitorDetailRequest {
    type Action = DescribeNatGatewayFlowMonitorDetail;
}

/// 查询NAT网关SNAT转发规则: the request of `DescribeNatGatewaySourceIpTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewaySourceIpTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /// NAT网关统一 ID，形如：`nat-123xx454`。
    pub nat_gateway_id: String,
    /// 过滤条件:
    ///
    /// -  resource-id，Subnet的ID或者Cvm ID，如`subnet-0yi4hekt`
    ///
    /// -  public-ip-address，弹性IP，如`139.199.232.238`
    ///
    /// - description，规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    type Action = DescribeNatGatewaySourceIpTranslationNatRules;
}

/// 查询NAT网关可售卖的可用区信息: the request of `DescribeNatGatewayZones`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayZones`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayZonesRequest {}

impl tencent_action::Request for DescribeNatGatewayZonesRequest {
    type Action = DescribeNatGatewayZones;
}

/// 查询NAT网关: the request of `DescribeNatGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewaysRequest {
    /// NAT网关统一 ID，形如：`nat-123xx454`。每次请求的实例上限为100。参数不支持同时指定NatGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定NatGatewayIds和Filters。每次请求的Filters的上限为10，Filter.Values的上限为5。
    ///
    /// - nat-gateway-id - String - （过滤条件）NAT实例ID，形如：`nat-123xx454`。
    ///
    /// - vpc-id - String - （过滤条件）私有网络 唯一ID，形如：`vpc-123xx454`。
    ///
    /// - nat-gateway-name - String - （过滤条件）协议端口模板实例名称，形如：`test_nat`。
    ///
    /// - tag-key - String - （过滤条件）标签键，形如：`test-key`。
    ///
    /// - nat-state - String - （过滤条件）NAT实例当前状态，形如：`AVAILABLE`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNatGatewaysRequest {
    type Action = DescribeNatGateways;
}

/// 查询网络探测验证结果列表: the request of `DescribeNetDetectStates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetDetectStates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetDetectStatesRequest {
    /// 网络探测实例`ID`数组。形如：\[`netd-12345678`\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定NetDetectIds和Filters。
    ///
    /// - net-detect-id - String - （过滤条件）网络探测实例ID，形如：netd-12345678。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetDetectStatesRequest {
    type Action = DescribeNetDetectStates;
}

/// 查询网络探测列表: the request of `DescribeNetDetects`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetDetects`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetDetectsRequest {
    /// 网络探测实例`ID`数组。形如：\[`netd-12345678`\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定NetDetectIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-12345678
    ///
    /// - net-detect-id - String - （过滤条件）网络探测实例ID，形如：netd-12345678
    ///
    /// - subnet-id - String - （过滤条件）子网实例ID，形如：subnet-12345678
    ///
    /// - net-detect-name - String - （过滤条件）网络探测名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetDetectsRequest {
    type Action = DescribeNetDetects;
}

/// 查询用户网络类型: the request of `DescribeNetworkAccountType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAccountType`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAccountTypeRequest {}

impl tencent_action::Request for DescribeNetworkAccountTypeRequest {
    type Action = DescribeNetworkAccountType;
}

/// 分页查询网络ACL五元组条目列表: the request of `DescribeNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAclQuintupleEntriesRequest {
    /// 网络ACL实例ID。形如：acl-12345678。
    pub network_acl_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最小值为1，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件，参数不支持同时指定`NetworkAclId`和`Filters`。
    ///
    /// - protocol - String - 协议，形如：`TCP`。
    ///
    /// - description - String - 描述。
    ///
    /// - destination-cidr - String - 目的CIDR， 形如：'192.168.0.0/24'。
    ///
    /// - source-cidr- String - 源CIDR， 形如：'192.168.0.0/24'。
    ///
    /// - action - String - 动作，形如ACCEPT或DROP。
    ///
    /// - network-acl-quintuple-entry-id - String - 五元组唯一ID，形如：'acli45-ahnu4rv5'。
    ///
    /// - network-acl-direction - String - 方向，形如：'INGRESS'或'EGRESS'。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            offset: None,
            limit: None,
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeNetworkAclQuintupleEntriesRequest {
    type Action = DescribeNetworkAclQuintupleEntries;
}

/// 查询网络ACL列表: the request of `DescribeNetworkAcls`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAcls`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAclsRequest {
    /// 过滤条件，参数不支持同时指定NetworkAclIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-12345678。
    ///
    /// - network-acl-id - String - （过滤条件）网络ACL实例ID，形如：acl-12345678。
    ///
    /// - network-acl-name - String - （过滤条件）网络ACL实例名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 网络ACL实例ID数组。形如：\[acl-12345678\]。每次请求的实例的上限为100。参数不支持同时指定NetworkAclIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_ids: Option<Vec<String>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最小值为1，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。支持：NetworkAclId,NetworkAclName,CreatedTime,ModifyTime
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。顺序：ASC，倒序：DESC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeNetworkAclsRequest {
    type Action = DescribeNetworkAcls;
}

/// 查询弹性网卡配额: the request of `DescribeNetworkInterfaceLimit`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkInterfaceLimit`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkInterfaceLimitRequest {
    /// 要查询的CVM实例ID或弹性网卡ID。
    pub instance_id: String,
}

impl DescribeNetworkInterfaceLimitRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeNetworkInterfaceLimitRequest {
    type Action = DescribeNetworkInterfaceLimit;
}

/// 查询弹性网卡列表: the request of `DescribeNetworkInterfaces`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkInterfaces`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkInterfacesRequest {
    /// 弹性网卡实例ID查询。形如：eni-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定NetworkInterfaceIds和Filters。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定NetworkInterfaceIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。可通过可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    ///
    /// - subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    ///
    /// - network-interface-id - String - （过滤条件）弹性网卡实例ID，形如：eni-5k56k7k7。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    ///
    /// - attachment.instance-id - String - （过滤条件）绑定的云服务器实例ID，形如：ins-3nqpdn3i。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    ///
    /// - groups.security-group-id - String - （过滤条件）绑定的安全组实例ID，例如：sg-f9ekbxeq。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    ///
    /// - network-interface-name - String - （过滤条件）网卡实例名称。
    ///
    /// - network-interface-description - String - （过滤条件）网卡实例描述。
    ///
    /// - address-ip - String - （过滤条件）内网IPv4地址，单IP后缀模糊匹配，多IP精确匹配。可以与`ip-exact-match`配合做单IP的精确匹配查询。
    ///
    /// - ip-exact-match - Boolean - （过滤条件）内网IPv4精确匹配查询，存在多值情况，只取第一个。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。使用请参考示例2
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - is-primary - Boolean - 是否必填：否 - （过滤条件）按照是否主网卡进行过滤。值为true时，仅过滤主网卡；值为false时，仅过滤辅助网卡；此过滤参数未提供时，同时过滤主网卡和辅助网卡。
    ///
    /// - eni-type - String -是否必填：否- （过滤条件）按照网卡类型进行过滤。“0”-辅助网卡，“1”-主网卡，“2”：中继网卡。
    ///
    /// - eni-qos - String -是否必填：否- （过滤条件）按照网卡服务质量进行过滤。PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    ///
    /// - address-ipv6 - String - 是否必填：否 -（过滤条件）内网IPv6地址过滤，支持多ipv6地址查询，如果和address-ip一起使用取交集。
    ///
    /// - public-address-ip - String - （过滤条件）公网IPv4地址，精确匹配。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    ///
    /// - termination-protection - String - 删除保护。取值: true; false。
    ///
    /// - traffic-protection - String - 流量保护。取值: true; false。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetworkInterfacesRequest {
    type Action = DescribeNetworkInterfaces;
}

/// 查询私网NAT网关目的端口转换规则: the request of `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// 私网网关唯一`ID`，形如"intranat-xxxxxxxx)
    pub nat_gateway_id: String,
    /// 过滤条件，Name可选值：OriginalIp、TranslationIp、OriginalPort、TranslationPort、Protocol、Description，分别表示映射前IP、映射后IP、映射前端口、映射后端口、协议类型、描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request
for DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Action = DescribePrivateNatGatewayDestinationIpPortTranslationNatRules;
}

/// 查询可创建的私网NAT网关配额数量: the request of `DescribePrivateNatGatewayLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayLimitsRequest {
    /// 查询VPC下可创建的私网网关配额数量，可选值：
    ///
    /// - VpcId - String - 所在VpcId
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribePrivateNatGatewayLimitsRequest {
    type Action = DescribePrivateNatGatewayLimits;
}

/// 查询私网NAT网关可支持地域: the request of `DescribePrivateNatGatewayRegions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayRegions`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayRegionsRequest {}

impl tencent_action::Request for DescribePrivateNatGatewayRegionsRequest {
    type Action = DescribePrivateNatGatewayRegions;
}

/// 查询私网NAT网关源端转换访问控制规则: the request of `DescribePrivateNatGatewayTranslationAclRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayTranslationAclRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayTranslationAclRulesRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
    /// 偏移量。默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// ACL规则描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 过滤条件。
    ///
    /// - AclRuleId - Integer - ACL规则ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribePrivateNatGatewayTranslationAclRulesRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            original_ip: None,
            offset: None,
            limit: None,
            description: None,
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribePrivateNatGatewayTranslationAclRulesRequest {
    type Action = DescribePrivateNatGatewayTranslationAclRules;
}

/// 查询私网NAT网关源端转换规则: the request of `DescribePrivateNatGatewayTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayTranslationNatRulesRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 过滤条件。
    ///
    /// - OriginalIp - String - 转换规则源`IP`。
    ///
    /// - TranslationIp - String - 转换`IP`。
    ///
    /// - VpcId - String - 私网网关所在`VpcId`。
    ///
    /// - Description - String - 转换规则描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribePrivateNatGatewayTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribePrivateNatGatewayTranslationNatRulesRequest {
    type Action = DescribePrivateNatGatewayTranslationNatRules;
}

/// 查询私网NAT网关: the request of `DescribePrivateNatGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewaysRequest {
    /// 私网网关唯一`ID`，形如：`intranat-0g3blj80`。
    ///
    /// 注意：NatGatewayIds和Filters参数互斥，不能同时传入。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// 过滤条件。
    ///
    /// - NatGatewayId - String - 私网网关唯一`ID`，形如：`intranat-0g3blj80`。
    ///
    /// - NatGatewayName - String - 专线网关名称，默认模糊查询。
    ///
    /// - VpcId - String - 私网网关所在`VpcId`。
    ///
    /// - TagKey - Tag数组 - 私网网关标签键值对数组
    ///
    /// - intranat-status - String - （过滤条件）NAT实例当前状态，形如：`AVAILABLE`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。可选值：NatGatewayId、NatGatewayName、CreatedTime。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方式。可选值：ASC、DESC。分别表示升序、降序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribePrivateNatGatewaysRequest {
    type Action = DescribePrivateNatGateways;
}

/// 查询网络产品配额信息: the request of `DescribeProductQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeProductQuota`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProductQuotaRequest {
    /// 查询的网络产品名称，可查询的产品有：vpc、ccn、vpn、dc、dfw、clb、eip。
    pub product: String,
}

impl DescribeProductQuotaRequest {
    /// The request with its required members (`Product`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(product: impl Into<String>) -> Self {
        Self { product: product.into() }
    }
}

impl tencent_action::Request for DescribeProductQuotaRequest {
    type Action = DescribeProductQuota;
}

/// 查询内网保留IP: the request of `DescribeReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReserveIpAddressesRequest {
    /// 内网保留IP唯一ID 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定ReserveIpIds和Filters。
    ///
    /// reserve-ip-id  - String - （过滤条件）内网保留 IP唯一 ID，形如：rsvip-pvqgv9vi。
    ///
    /// vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。
    ///
    /// reserve-address-ip - String - （过滤条件）内网保留 IP 地址，形如：192.168.0.10。
    ///
    /// ip-type - String - （过滤条件）业务类型 ipType，0。
    ///
    /// name - String - （过滤条件）名称。
    ///
    /// state - String - （过滤条件）状态，可选值：Bind， UnBind。
    ///
    /// resource-id - String - （过滤条件）绑定的实例资源，形如：eni-059qmnif。
    ///
    /// tag-key - String -（过滤条件）按照标签键进行过滤。
    ///
    /// tag:tag-key - String - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeReserveIpAddressesRequest {
    type Action = DescribeReserveIpAddresses;
}

/// 查询路由策略冲突列表: the request of `DescribeRouteConflicts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteConflicts`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteConflictsRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 要检查的与之冲突的目的端列表。
    pub destination_cidr_blocks: Vec<String>,
}

impl DescribeRouteConflictsRequest {
    /// The request with its required members (`RouteTableId`, `DestinationCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        destination_cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            destination_cidr_blocks: destination_cidr_blocks
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DescribeRouteConflictsRequest {
    type Action = DescribeRouteConflicts;
}

/// 查询路由条目列表: the request of `DescribeRouteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteListRequest {
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRouteListRequest {
    type Action = DescribeRouteList;
}

/// 用户查询路由策略列表: the request of `DescribeRoutePolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutePolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutePoliciesRequest {
    /// 路由策略实例唯一ID。形如：rrp-q7ywkx31。每次请求的实例的上限为100。参数不支持同时指定RoutePolicyIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_ids: Option<Vec<String>>,
    /// 过滤条件，不支持同时指定RoutePolicyIds和Filters参数。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - route-policy-name：路由策略实例名称，支持模糊查询。
    ///
    /// - route-policy-description：路由策略实例描述，支持模糊查询。
    ///
    /// - route-policy-id ：路由策略实例ID，例如：rrp-q7ywkx3w。
    ///
    /// **说明：**若同一个过滤条件（Filter）存在多个Values，则同一Filter下Values间的关系为逻辑或（OR）关系；若存在多个过滤条件（Filter），Filter之间的关系为逻辑与（AND）关系。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否返回路由策略条目。默认为False。当该参数为False时，仍然会返回空的返回空的RoutePolicyEntrySet。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_route_policy_entry: Option<bool>,
}

impl tencent_action::Request for DescribeRoutePoliciesRequest {
    type Action = DescribeRoutePolicies;
}

/// 查看路由接收策略条目: the request of `DescribeRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutePolicyEntriesRequest {
    /// 过滤条件，参数不支持同时指定RoutePolicyEntryIds和Filters。
    ///
    /// - route-policy-id - String - （过滤条件）路由接收策略实例ID，形如：rrp-f49l6u0z。
    ///
    /// - cidr-block - String - （过滤条件）CIDR(只取掩码前的子网部分)，形如：10.0.0.0/8。
    ///
    /// - priority - Integer - （过滤条件）优先级，形如：20。
    ///
    /// - gateway-type - String - （过滤条件）下一跳类型，形如：CVM。
    ///
    /// - gateway-id - String - （过滤条件）下一跳实例唯一ID，形如：ccn-f49l6u0z。
    ///
    /// - route-type - String - （过滤条件）路由类型，取值：USER（用户路由），NETD（网络探测下发的路由），CCN（云联网路由）。
    ///
    /// - action - String - （过滤条件）动作，取值：DROP（丢弃），DISABLE（接收且禁用），ACCEPT（接收且启用）。
    ///
    /// - description - String - （过滤条件）描述，形如：TEST。
    ///
    /// - route-policy-item-id - String - （过滤条件）路由接收策略条目唯一ID，形如：rrpi-dq782kw7。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。当前只支持优先级Prioriry字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方向。
    ///
    /// ASC：升序。
    ///
    /// DESC：降序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 路由策略条目ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeRoutePolicyEntriesRequest {
    type Action = DescribeRoutePolicyEntries;
}

/// 查询实例绑定路由表信息: the request of `DescribeRouteTableAssociatedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTableAssociatedInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTableAssociatedInstancesRequest {
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - ccn-route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - instance-type - String -（过滤条件）实例类型：
    ///
    /// 私有网络: `VPC`
    ///
    /// 专线网关: `DIRECTCONNECT`
    ///
    /// 黑石私有网络: `BMVPC`
    ///
    /// EDGE设备: `EDGE`
    ///
    /// EDGE隧道: `EDGE_TUNNEL`
    ///
    /// EDGE网关: `EDGE_VPNGW`
    ///
    /// VPN网关：`VPNGW`
    ///
    /// - instance-id- String -（过滤条件）实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 一次查询最大返回的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRouteTableAssociatedInstancesRequest {
    type Action = DescribeRouteTableAssociatedInstances;
}

/// 查询云联网路由表选择策略信息: the request of `DescribeRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTableSelectionPoliciesRequest {
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - instance-type - String -（过滤条件）关联实例类型:
    ///
    /// 私有网络: `VPC`
    ///
    /// 专线网关: `DIRECTCONNECT`
    ///
    /// 黑石私有网络: `BMVPC`
    ///
    /// EDGE设备: `EDGE`
    ///
    /// EDGE隧道: `EDGE_TUNNEL`
    ///
    /// EDGE网关: `EDGE_VPNGW`
    ///
    /// VPN网关：`VPNGW`
    ///
    /// - ccn-route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - instance-id - String -（过滤条件）关联的实例ID。
    ///
    /// - route-table-name - String -（过滤条件）路由表名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl tencent_action::Request for DescribeRouteTableSelectionPoliciesRequest {
    type Action = DescribeRouteTableSelectionPolicies;
}

/// 查询路由表: the request of `DescribeRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTablesRequest {
    /// 过滤条件，参数不支持同时指定RouteTableIds和Filters。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - route-table-name - String - （过滤条件）路由表名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - association.main - String - （过滤条件）是否主路由表。
    ///
    /// - tag-key - String -是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - visible - String - （过滤条件）是否可见。
    ///
    /// - next-hop-type - String - 是否必填：否 - （过滤条件）按下一跳类型进行过滤。使用next-hop-type进行过滤时，必须同时携带route-table-id与vpc-id。目前我们支持的类型有：LOCAL: 本地路由CVM：公网网关类型的云服务器；VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；HAVIP：高可用虚拟IP；NAT：NAT网关; NORMAL_CVM：普通云服务器；EIP：云服务器的公网IP；CCN：云联网；LOCAL_GATEWAY：本地网关。GWLB_ENDPOINT：网关负载均衡终端节点。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_ids: Option<Vec<String>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否需要获取路由策略信息，默认获取，当控制台不需要拉取路由策略信息时，改为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_router_info: Option<bool>,
}

impl tencent_action::Request for DescribeRouteTablesRequest {
    type Action = DescribeRouteTables;
}

/// 查询路由列表: the request of `DescribeRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutesRequest {
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRoutesRequest {
    type Action = DescribeRoutes;
}

/// 查询安全组关联实例统计: the request of `DescribeSecurityGroupAssociationStatistics`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupAssociationStatistics`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupAssociationStatisticsRequest {
    /// 安全实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_ids: Vec<String>,
}

impl DescribeSecurityGroupAssociationStatisticsRequest {
    /// The request with its required members (`SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupAssociationStatisticsRequest {
    type Action = DescribeSecurityGroupAssociationStatistics;
}

/// 查看参数模板展开后的安全组规则: the request of `DescribeSecurityGroupExpandedPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupExpandedPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupExpandedPoliciesRequest {
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 过滤条件。
    ///
    /// - security-group-id - String - 规则中的安全组ID。
    ///
    /// - ip - String - IP，支持IPV4和IPV6模糊匹配。
    ///
    /// - address-module - String - IP地址模板或IP地址组模板ID。
    ///
    /// - service-module - String - 协议端口模板或协议端口组模板ID。
    ///
    /// - protocol-type - String - 安全组策略支持的协议，可选值：`TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, `ALL`。
    ///
    /// - port - String - 是否必填：否 -协议端口，支持模糊匹配，值为`ALL`时，查询所有的端口。
    ///
    /// - poly - String - 协议策略，可选值：`ALL`，所有策略；`ACCEPT`，允许；`DROP`，拒绝。
    ///
    /// - direction - String - 协议规则，可选值：`ALL`，所有策略；`INBOUND`，入站规则；`OUTBOUND`，出站规则。
    ///
    /// - description - String - 协议描述，该过滤条件支持模糊匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeSecurityGroupExpandedPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupExpandedPoliciesRequest {
    type Action = DescribeSecurityGroupExpandedPolicies;
}

/// 查询用户安全组配额: the request of `DescribeSecurityGroupLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupLimitsRequest {}

impl tencent_action::Request for DescribeSecurityGroupLimitsRequest {
    type Action = DescribeSecurityGroupLimits;
}

/// 查询安全组规则: the request of `DescribeSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupPoliciesRequest {
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 过滤条件。
    ///
    /// - security-group-id - String - 规则中的安全组ID。
    ///
    /// - ip - String - IP，支持IPV4和IPV6模糊匹配。
    ///
    /// - address-module - String - IP地址模板或IP地址组模板ID。
    ///
    /// - service-module - String - 协议端口模板或协议端口组模板ID。
    ///
    /// - protocol-type - String - 安全组策略支持的协议，可选值：`TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, `ALL`。
    ///
    /// - port - String - 是否必填：否 -协议端口，支持模糊匹配，值为`ALL`时，查询所有的端口。
    ///
    /// - poly - String - 协议策略，可选值：`ALL`，所有策略；`ACCEPT`，允许；`DROP`，拒绝。
    ///
    /// - direction - String - 协议规则，可选值：`ALL`，所有策略；`INBOUND`，入站规则；`OUTBOUND`，出站规则。
    ///
    /// - description - String - 协议描述，该过滤条件支持模糊匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupPoliciesRequest {
    type Action = DescribeSecurityGroupPolicies;
}

/// 查询安全组被引用信息: the request of `DescribeSecurityGroupReferences`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupReferences`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupReferencesRequest {
    /// 安全组实例ID数组。格式如：\['sg-12345678'\]。
    pub security_group_ids: Vec<String>,
}

impl DescribeSecurityGroupReferencesRequest {
    /// The request with its required members (`SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupReferencesRequest {
    type Action = DescribeSecurityGroupReferences;
}

/// 查看安全组: the request of `DescribeSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupsRequest {
    /// 安全组实例ID，例如：sg-33ocnj9n。每次请求的实例的上限为100。参数不支持同时指定SecurityGroupIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定SecurityGroupIds和Filters。
    ///
    /// - security-group-id - String - （过滤条件）安全组ID。
    ///
    /// - project-id - Integer - （过滤条件）项目ID。
    ///
    /// - security-group-name - String - （过滤条件）安全组名称。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 其中 tag-key 请使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 排序字段。支持：`CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeSecurityGroupsRequest {
    type Action = DescribeSecurityGroups;
}

/// 查询参数模板协议端口组关联的实例列表: the request of `DescribeServiceTemplateGroupInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateGroupInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateGroupInstancesRequest {
    /// 协议端口实例ID。例如：ppmg-12345678。
    pub service_template_group_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeServiceTemplateGroupInstancesRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeServiceTemplateGroupInstancesRequest {
    type Action = DescribeServiceTemplateGroupInstances;
}

/// 查询协议端口模板集合: the request of `DescribeServiceTemplateGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateGroupsRequest {
    /// 过滤条件。
    ///
    /// - service-template-group-name - String - （过滤条件）协议端口模板集合名称。
    ///
    /// - service-template-group-id - String - （过滤条件）协议端口模板集合实例ID，例如：ppmg-e6dy460g。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取协议端口模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`ServiceTemplateGroupId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 协议端口成员排序字段。支持：`ServiceTemplateId ` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// 协议端口成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeServiceTemplateGroupsRequest {
    type Action = DescribeServiceTemplateGroups;
}

/// 查询参数模板协议端口关联的实例列表: the request of `DescribeServiceTemplateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateInstancesRequest {
    /// 协议端口实例ID。例如：ppm-12345678。
    pub service_template_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeServiceTemplateInstancesRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeServiceTemplateInstancesRequest {
    type Action = DescribeServiceTemplateInstances;
}

/// 查询协议端口模板: the request of `DescribeServiceTemplates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplatesRequest {
    /// 过滤条件。
    ///
    /// - service-template-name - 协议端口模板名称。
    ///
    /// - service-template-id - 协议端口模板实例ID，例如：ppm-e6dy460g。
    ///
    /// - service-port- 协议端口。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取协议端口成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`ServiceTemplateId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 协议端口排序字段。支持：`Service ` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// 协议端口排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeServiceTemplatesRequest {
    type Action = DescribeServiceTemplates;
}

/// 查询安全组快照文件内容: the request of `DescribeSgSnapshotFileContent`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSgSnapshotFileContent`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSgSnapshotFileContentRequest {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 快照文件Id。
    pub snapshot_file_id: String,
    /// 安全组Id。
    pub security_group_id: String,
}

impl DescribeSgSnapshotFileContentRequest {
    /// The request with its required members (`SnapshotPolicyId`, `SnapshotFileId`, `SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        snapshot_file_id: impl Into<String>,
        security_group_id: impl Into<String>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            snapshot_file_id: snapshot_file_id.into(),
            security_group_id: security_group_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeSgSnapshotFileContentRequest {
    type Action = DescribeSgSnapshotFileContent;
}

/// 查询快照策略关联实例列表: the request of `DescribeSnapshotAttachedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotAttachedInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotAttachedInstancesRequest {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 过滤条件。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - instance-id：实例ID。
    ///
    /// - instance-region：实例所在地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大为200。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeSnapshotAttachedInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_policy_id: impl Into<String>) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSnapshotAttachedInstancesRequest {
    type Action = DescribeSnapshotAttachedInstances;
}

/// 查询快照文件: the request of `DescribeSnapshotFiles`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotFiles`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotFilesRequest {
    /// 业务类型，目前支持安全组：securitygroup。
    pub business_type: String,
    /// 业务实例Id，和BusinessType对应。
    pub instance_id: String,
    /// 开始日期，格式%Y-%m-%d %H:%M:%S。
    pub start_date: String,
    /// 结束日期，格式%Y-%m-%d %H:%M:%S。
    pub end_date: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeSnapshotFilesRequest {
    /// The request with its required members (`BusinessType`, `InstanceId`, `StartDate`, `EndDate`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        business_type: impl Into<String>,
        instance_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> Self {
        Self {
            business_type: business_type.into(),
            instance_id: instance_id.into(),
            start_date: start_date.into(),
            end_date: end_date.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSnapshotFilesRequest {
    type Action = DescribeSnapshotFiles;
}

/// 查询快照策略: the request of `DescribeSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotPoliciesRequest {
    /// 快照策略Id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policy_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定SnapshotPolicyIds和Filters。
    ///
    /// - snapshot-policy-id - String -（过滤条件）快照策略ID。
    ///
    /// - snapshot-policy-name - String -（过滤条件）快照策略名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大为200。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeSnapshotPoliciesRequest {
    type Action = DescribeSnapshotPolicies;
}

/// 查询指定共享流量包的用量明细: the request of `DescribeSpecificTrafficPackageUsedDetails`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSpecificTrafficPackageUsedDetails`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSpecificTrafficPackageUsedDetailsRequest {
    /// 共享流量包唯一ID。可以使用[DescribeTrafficPackages](https://cloud.tencent.com/document/product/215/80090?locationSource=from%3Ddoc-search%26scope%3Dcurrent%26keyword%3D%E6%B5%81%E9%87%8F%E5%8C%85)接口获取TrafficPackageId。
    pub traffic_package_id: String,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。详细的过滤条件如下：
    ///
    /// -  resource-type - String - 是否必填：否 - （过滤条件）按照资源类型过滤，资源类型包括 EIP、BWP、LB。
    ///
    /// -  resource-id - String - 是否必填：否 - （过滤条件）按照抵扣流量资源的唯一 ID 过滤。以下补充资源ID获取方式：
    ///
    /// - EIP：可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取资源ID。
    ///
    /// - BWP：可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口获取资源ID。
    ///
    /// - LB：可以使用[DescribeLoadBalancers](https://cloud.tencent.com/document/product/214/30685)接口获取资源ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 排序条件。该参数仅支持根据抵扣量排序，传值为 deduction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序类型，仅支持0和1，0-降序，1-升序。不传默认为0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_type: Option<i64>,
    /// 开始时间。待查询的共享流量包用量开始时间。不传默认为当前时间往前推30天。
    ///
    /// 时间格式：YYYY-MM-DD hh:mm:ss
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 结束时间。待查询的共享流量包用量结束时间。不传默认为当前时间。
    ///
    /// 时间格式：YYYY-MM-DD hh:mm:ss
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 中的相关小节
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20。关于Limit的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeSpecificTrafficPackageUsedDetailsRequest {
    /// The request with its required members (`TrafficPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_package_id: impl Into<String>) -> Self {
        Self {
            traffic_package_id: traffic_package_id.into(),
            filters: None,
            order_field: None,
            order_type: None,
            start_time: None,
            end_time: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSpecificTrafficPackageUsedDetailsRequest {
    type Action = DescribeSpecificTrafficPackageUsedDetails;
}

/// 查看Subnet资源信息: the request of `DescribeSubnetResourceDashboard`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSubnetResourceDashboard`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubnetResourceDashboardRequest {
    /// Subnet实例ID，例如：subnet-f1xjkw1b。
    pub subnet_ids: Vec<String>,
}

impl DescribeSubnetResourceDashboardRequest {
    /// The request with its required members (`SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSubnetResourceDashboardRequest {
    type Action = DescribeSubnetResourceDashboard;
}

/// 查询子网列表: the request of `DescribeSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSubnets`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubnetsRequest {
    /// 子网实例ID查询。形如：subnet-pxir56ns。每次请求的实例的上限为100（该参数指定的子网是否返回，需要结合分页拉取参数Limit和Offset）。参数不支持同时指定SubnetIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定SubnetIds和Filters。
    ///
    /// - subnet-id - String - （过滤条件）Subnet实例名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - cidr-block - String - （过滤条件）子网网段，形如: 192.168.1.0 。
    ///
    /// - is-default - Boolean - （过滤条件）是否是默认子网。
    ///
    /// - is-remote-vpc-snat - Boolean - （过滤条件）是否为VPC SNAT地址池子网。
    ///
    /// - subnet-name - String - （过滤条件）子网名称。
    ///
    /// - zone - String - （过滤条件）可用区。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - cdc-id - String - 是否必填：否 - （过滤条件）按照cdc信息进行过滤。过滤出来制定cdc下的子网。
    ///
    /// - is-cdc-subnet - String - 是否必填：否 - （过滤条件）按照是否是cdc子网进行过滤。取值：“0”-非cdc子网，“1”--cdc子网
    ///
    /// - ipv6-cidr-block - String - （过滤条件）IPv6子网网段，形如: 2402:4e00:1717:8700::/64 。
    ///
    /// - isp-type  - String - （过滤条件）运营商类型，形如: BGP 。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeSubnetsRequest {
    type Action = DescribeSubnets;
}

/// 查询异步任务执行结果: the request of `DescribeTaskResult`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTaskResult`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTaskResultRequest {
    /// 异步任务ID。从异步任务接口返回结果中查看。例如：[AllocateAddresses](https://cloud.tencent.com/document/product/215/16699)接口。TaskId和DealName必填一个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<u64>,
    /// 计费订单号。在控制台中的[费用中心-订单管理](https://console.cloud.tencent.com/expense/deal)中查看订单号。TaskId和DealName必填一个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_name: Option<String>,
}

impl tencent_action::Request for DescribeTaskResultRequest {
    type Action = DescribeTaskResult;
}

/// 查询参数模板配额列表: the request of `DescribeTemplateLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTemplateLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTemplateLimitsRequest {}

impl tencent_action::Request for DescribeTemplateLimitsRequest {
    type Action = DescribeTemplateLimits;
}

/// 查询租户云联网实例: the request of `DescribeTenantCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTenantCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTenantCcnsRequest {
    /// 过滤条件，目前`value`值个数只支持一个，允许可支持的字段有：
    ///
    /// - `ccn-ids` 云联网ID数组，值形如：`["ccn-12345678"]`
    ///
    /// - `user-account-id` 用户账号ID，值形如：`["12345678"]`
    ///
    /// - `is-security-lock` 是否锁定，值形如：`["true"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数据量，可选值0到100之间的整数，默认20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTenantCcnsRequest {
    type Action = DescribeTenantCcns;
}

/// 查询流量镜像过滤规则。: the request of `DescribeTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficMirrorFilterRulesRequest {
    /// 流量镜像唯一ID
    pub traffic_mirror_id: String,
    /// 流量镜像出站、入站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_rule_ids: Option<Vec<String>>,
    /// - traffic-mirror-filter-rule-id - String - （过滤条件） 流量镜像过滤规则，形如：tmfi-qfhrb7yj。
    ///
    /// - action - String - （过滤条件）策略， 支持类型： ACCEPT， DROP。
    ///
    /// - description - String - （过滤条件）描述。
    ///
    /// - direction - String - （过滤条件）方向, 支持类型：INGRESS， EGRESS。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            traffic_mirror_filter_rule_ids: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeTrafficMirrorFilterRulesRequest {
    type Action = DescribeTrafficMirrorFilterRules;
}

/// 用户查询流量镜像: the request of `DescribeTrafficMirrors`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficMirrors`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficMirrorsRequest {
    /// 流量镜像实例ID集合
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_ids: Option<Vec<String>>,
    /// 流量镜像查询过滤调节。
    ///
    /// vpc-id ：VPC实例ID，例如：vpc-f49l6u0z。
    ///
    /// traffic-mirror-id：流量镜像实例ID。
    ///
    /// traffic-mirror-name：流量镜像名称。
    ///
    /// tag-key ：按照标签键进行过滤。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filter>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTrafficMirrorsRequest {
    type Action = DescribeTrafficMirrors;
}

/// 查询共享流量包: the request of `DescribeTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficPackages`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficPackagesRequest {
    /// 共享流量包ID，支持批量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_package_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10。参数不支持同时指定`TrafficPackageIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  traffic-package_id - String - 是否必填：否 - （过滤条件）按照共享流量包的唯一标识ID过滤。
    ///
    /// -  traffic-package-name - String - 是否必填：否 - （过滤条件）按照共享流量包名称过滤。不支持模糊过滤。
    ///
    /// -  status - String - 是否必填：否 - （过滤条件）按照共享流量包状态过滤。可选状态：\[AVAILABLE|EXPIRED|EXHAUSTED\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 分页参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 分页参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTrafficPackagesRequest {
    type Action = DescribeTrafficPackages;
}

/// 查询流量调度规则: the request of `DescribeTrafficQosPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficQosPolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficQosPolicyRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 本端地域。
    pub local_region: String,
    /// 远端地域。
    pub remote_region: String,
}

impl DescribeTrafficQosPolicyRequest {
    /// The request with its required members (`CcnId`, `LocalRegion`, `RemoteRegion`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        local_region: impl Into<String>,
        remote_region: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            local_region: local_region.into(),
            remote_region: remote_region.into(),
        }
    }
}

impl tencent_action::Request for DescribeTrafficQosPolicyRequest {
    type Action = DescribeTrafficQosPolicy;
}

/// 查看子网或者vpc内IP使用情况: the request of `DescribeUsedIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeUsedIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsedIpAddressRequest {
    /// VPC实例ID。
    pub vpc_id: String,
    /// 子网实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// 查询是否占用的ip列表，ip需要在vpc或子网内。最多允许一次查询100个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// 过滤条件，不支持同时指定IpAddresses和Filters参数。 支持的过滤条件如下：
    ///
    /// - ip-addresses：IP地址。
    ///
    /// - resource-id：资源ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeUsedIpAddressRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: None,
            ip_addresses: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeUsedIpAddressRequest {
    type Action = DescribeUsedIpAddress;
}

/// 查询终端节点列表: the request of `DescribeVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointRequest {
    /// 过滤条件。当前支持如下过滤条件：
    ///
    /// -  end-point-service-id- String - （过滤条件）终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    ///
    /// - end-point-name - String - （过滤条件）终端节点实例名称。
    ///
    /// -  end-point-id- String - （过滤条件）终端节点实例ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679)
    ///
    /// 接口获取。
    ///
    /// -  vpc-id- String - （过滤条件）VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 终端节点ID列表。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679)
    ///
    /// 获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_id: Option<Vec<String>>,
    /// 协议类型，支持 Ipv4，Ipv6， DualStack，默认 Ipv4。使用DualStack查询双栈的时候，必须要使用MaxResult配合NextToken查询。第1次查询的时候只需要携带MaxResult，如果返回NextToken非空，表示有更多可用数据。第2次查询的时候就需要携带NextToken进行分页查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeVpcEndPointRequest {
    type Action = DescribeVpcEndPoint;
}

/// 查询终端节点服务列表: the request of `DescribeVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointServiceRequest {
    /// 过滤条件。不支持同时传入参数 EndPointServiceIds and Filters。
    ///
    /// -  service-id - String - （过滤条件）终端节点服务唯一ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    ///
    /// - service-name - String - （过滤条件）终端节点实例名称。
    ///
    /// - service-instance-id - String - （过滤条件）后端服务的唯一ID，比如lb-dehd3e33。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；
    ///
    /// MYSQL可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；
    ///
    /// CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；
    ///
    /// GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取。
    ///
    /// - service-type - String - （过滤条件）后端PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡），不填默认查询类型为CLB。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。不支持同时传入参数 EndPointServiceIds and Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_ids: Option<Vec<String>>,
    /// - 不支持同时传入参数 Filters 。
    ///
    /// - 列出授权给当前账号的终端节点服务信息。可以配合EndPointServiceIds参数进行过滤，哪些终端节点服务授权了该账户。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_list_authorized_end_point_service: Option<bool>,
    /// 协议类型，支持 Ipv4，Ipv6， DualStack，默认 Ipv4。使用DualStack查询双栈的时候，必须要使用MaxResult配合NextToken查询。第1次查询的时候只需要携带MaxResult，如果返回NextToken非空，表示有更多可用数据。第2次查询的时候就需要携带NextToken进行分页查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeVpcEndPointServiceRequest {
    type Action = DescribeVpcEndPointService;
}

/// 查询终端节点服务的服务白名单列表: the request of `DescribeVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointServiceWhiteListRequest {
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件。
    ///
    /// -  user-uin String - （过滤条件）用户UIN。登录 腾讯云账号中心控制台 获取。
    ///
    /// -  end-point-service-id String - （过滤条件）终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl tencent_action::Request for DescribeVpcEndPointServiceWhiteListRequest {
    type Action = DescribeVpcEndPointServiceWhiteList;
}

/// 查询VPC下的云主机实例列表: the request of `DescribeVpcInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcInstancesRequest {
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - instance-id - String - （过滤条件）云主机实例ID。
    ///
    /// - instance-name - String - （过滤条件）云主机名称。
    pub filters: Vec<Filter>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeVpcInstancesRequest {
    /// The request with its required members (`Filters`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(filters: impl IntoIterator<Item = Filter>) -> Self {
        Self {
            filters: filters.into_iter().collect(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpcInstancesRequest {
    type Action = DescribeVpcInstances;
}

/// 查询VPC内IPv6列表: the request of `DescribeVpcIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcIpv6AddressesRequest {
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// `IP`地址列表，批量查询单次请求最多支持`10`个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_addresses: Option<Vec<String>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// VPC下的子网ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl DescribeVpcIpv6AddressesRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_addresses: None,
            offset: None,
            limit: None,
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for DescribeVpcIpv6AddressesRequest {
    type Action = DescribeVpcIpv6Addresses;
}

/// 获取私有网络配额: the request of `DescribeVpcLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcLimitsRequest {
    /// 配额名称。每次最大查询100个配额类型。
    pub limit_types: Vec<String>,
}

impl DescribeVpcLimitsRequest {
    /// The request with its required members (`LimitTypes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(limit_types: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            limit_types: limit_types.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcLimitsRequest {
    type Action = DescribeVpcLimits;
}

/// 查询私有网络对等连接: the request of `DescribeVpcPeeringConnections`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcPeeringConnections`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcPeeringConnectionsRequest {
    /// 对等连接唯一ID数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定PeeringConnectionIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - state String - （过滤条件）对等连接状态，可选值有：PENDING，投放中；ACTIVE，使用中；EXPIRED，已过期；REJECTED，拒绝。
    ///
    /// - peering-connection-name - String - （过滤条件）对等连接名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// 排序字段，可选值有：CreatedTime，PeeringConnectionName。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方式：DESC，降序；ASC，升序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeVpcPeeringConnectionsRequest {
    type Action = DescribeVpcPeeringConnections;
}

/// 查询VPC内网IP信息: the request of `DescribeVpcPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcPrivateIpAddressesRequest {
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// 内网`IP`地址列表，批量查询单次请求最多支持`100`个。
    pub private_ip_addresses: Vec<String>,
}

impl DescribeVpcPrivateIpAddressesRequest {
    /// The request with its required members (`VpcId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            private_ip_addresses: private_ip_addresses
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcPrivateIpAddressesRequest {
    type Action = DescribeVpcPrivateIpAddresses;
}

/// 查看VPC资源信息: the request of `DescribeVpcResourceDashboard`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcResourceDashboard`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcResourceDashboardRequest {
    /// Vpc实例ID，例如：vpc-f1xjkw1b。
    pub vpc_ids: Vec<String>,
}

impl DescribeVpcResourceDashboardRequest {
    /// The request with its required members (`VpcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            vpc_ids: vpc_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcResourceDashboardRequest {
    type Action = DescribeVpcResourceDashboard;
}

/// 查询VPC异步任务执行结果: the request of `DescribeVpcTaskResult`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcTaskResult`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcTaskResultRequest {
    /// 异步任务请求返回的RequestId。
    pub task_id: String,
}

impl DescribeVpcTaskResultRequest {
    /// The request with its required members (`TaskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}

impl tencent_action::Request for DescribeVpcTaskResultRequest {
    type Action = DescribeVpcTaskResult;
}

/// 查询VPC列表: the request of `DescribeVpcs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcs`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcsRequest {
    /// VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_ids: Option<Vec<String>>,
    /// 过滤条件，不支持同时指定VpcIds和Filters参数。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - vpc-name：VPC实例名称，支持模糊查询。
    ///
    /// - is-default ：是否默认VPC。
    ///
    /// - vpc-id ：VPC实例ID，例如：vpc-f49l6u0z。
    ///
    /// - cidr-block：VPC的CIDR。
    ///
    /// - tag-key ：按照标签键进行过滤，非必填参数。
    ///
    /// - tag:tag-key：按照标签键值对进行过滤，非必填参数。 其中 tag-key 请使用具体的标签键进行替换，可参考示例2。
    ///
    /// **说明：**若同一个过滤条件（Filter）存在多个Values，则同一Filter下Values间的关系为逻辑或（OR）关系；若存在多个过滤条件（Filter），Filter之间的关系为逻辑与（AND）关系。
    ///
    /// - ipv6-cidr-block - String - （过滤条件）IPv6子网网段，形如: 2402:4e00:1717:8700::/64 。
    ///
    /// - isp-type  - String - （过滤条件）运营商类型，形如: BGP 取值范围：'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl tencent_action::Request for DescribeVpcsRequest {
    type Action = DescribeVpcs;
}

/// 查询VPN通道列表: the request of `DescribeVpnConnections`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnConnections`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnConnectionsRequest {
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnConnectionIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_ids: Option<Vec<String>>,
    /// 过滤条件。每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定VpnConnectionIds和Filters。
    ///
    /// - vpc-id - String - VPC实例ID，形如：`vpc-0a36uwkr`。
    ///
    /// - vpn-gateway-id - String - VPN网关实例ID，形如：`vpngw-p4lmqawn`。
    ///
    /// - customer-gateway-id - String - 对端网关实例ID，形如：`cgw-l4rblw63`。
    ///
    /// - vpn-connection-name - String - 通道名称，形如：`test-vpn`。
    ///
    /// - vpn-connection-id - String - 通道实例ID，形如：`vpnx-5p7vkch8"`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeVpnConnectionsRequest {
    type Action = DescribeVpnConnections;
}

/// 查询VPN网关云联网路由: the request of `DescribeVpnGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewayCcnRoutesRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 偏移量。默认值：0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。默认值：20
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeVpnGatewayCcnRoutesRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpnGatewayCcnRoutesRequest {
    type Action = DescribeVpnGatewayCcnRoutes;
}

/// 查询VPN网关路由: the request of `DescribeVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewayRoutesRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 过滤条件,  条件包括(DestinationCidr, InstanceId,InstanceType)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量, 默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 单页个数, 默认20, 最大值100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpnGatewayRoutesRequest {
    type Action = DescribeVpnGatewayRoutes;
}

/// 查询SSL-VPN-CLIENT 列表: the request of `DescribeVpnGatewaySslClients`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewaySslClients`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaySslClientsRequest {
    /// 过滤条件，参数不支持同时指定SslVpnClientIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID形如：vpngw-5aluhh9t。
    ///
    /// - ssl-vpn-server-id - String - （过滤条件）SSL-VPN-SERVER实例ID形如：vpns-1j2w6xpx。
    ///
    /// - ssl-vpn-client-id - String - （过滤条件）SSL-VPN-CLIENT实例ID形如：vpnc-3rlxp4nd。
    ///
    /// - ssl-vpn-client-name - String - （过滤条件）SSL-VPN-CLIENT实例名称。
    ///
    /// - ssl-vpn-client-inner-ip - String - （过滤条件）SSL-VPN-CLIENT私网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数，默认值20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// SSL-VPN-CLIENT实例ID。形如：
    ///
    /// vpns-1jww3xpx。每次请求的实例的上限为100。参数不支持同时指定SslVpnClientIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
    /// VPN门户网站使用。默认是False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
}

impl tencent_action::Request for DescribeVpnGatewaySslClientsRequest {
    type Action = DescribeVpnGatewaySslClients;
}

/// 查询SSL-VPN SERVER 列表: the request of `DescribeVpnGatewaySslServers`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewaySslServers`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaySslServersRequest {
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// SSL-VPN-SERVER实例ID。形如：vpns-0p4rj60。每次请求的实例的上限为100。参数不支持同时指定SslVpnServerIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_server_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定SslVpnServerIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID，形如：vpngw-5aluhh9t。
    ///
    /// - vpn-gateway-name - String - （过滤条件）VPN实例名称。
    ///
    /// - ssl-vpn-server-name - String - （过滤条件）SSL-VPN-SERVER实例名称。
    ///
    /// - ssl-vpn-server-id - String - （过滤条件）SSL-VPN-SERVER实例ID，形如：vpns-xxx。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// vpn门户使用。 默认Flase
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
}

impl tencent_action::Request for DescribeVpnGatewaySslServersRequest {
    type Action = DescribeVpnGatewaySslServers;
}

/// 查询VPN网关: the request of `DescribeVpnGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaysRequest {
    /// VPN网关实例ID。形如：vpngw-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定VpnGatewayIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID形如：vpngw-5aluhh9t。
    ///
    /// - vpn-gateway-name - String - （过滤条件）VPN实例名称。
    ///
    /// - type - String - （过滤条件）VPN网关类型：'IPSEC', 'SSL', 'CCN', 'SSL_CCN'。
    ///
    /// - public-ip-address- String - （过滤条件）公网IP。
    ///
    /// - renew-flag - String - （过滤条件）网关续费类型，手动续费：'NOTIFY_AND_MANUAL_RENEW'、自动续费：'NOTIFY_AND_AUTO_RENEW'。
    ///
    /// - zone - String - （过滤条件）VPN所在可用区，形如：ap-guangzhou-2。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeVpnGatewaysRequest {
    type Action = DescribeVpnGateways;
}

/// 云联网解关联实例: the request of `DetachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachCcnInstancesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 要解关联网络实例列表
    pub instances: Vec<CcnInstance>,
}

impl DetachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DetachCcnInstancesRequest {
    type Action = DetachCcnInstances;
}

/// 删除基础网络互通: the request of `DetachClassicLinkVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachClassicLinkVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachClassicLinkVpcRequest {
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// CVM实例ID查询。形如：ins-r8hr2upy。
    pub instance_ids: Vec<String>,
}

impl DetachClassicLinkVpcRequest {
    /// The request with its required members (`VpcId`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DetachClassicLinkVpcRequest {
    type Action = DetachClassicLinkVpc;
}

/// 弹性网卡解绑云服务器: the request of `DetachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachNetworkInterfaceRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl DetachNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            client_token: None,
        }
    }
}

impl tencent_action::Request for DetachNetworkInterfaceRequest {
    type Action = DetachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// 快照策略解关联实例: the request of `DetachSnapshotInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachSnapshotInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachSnapshotInstancesRequest {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 实例信息。
    pub instances: Vec<SnapshotInstance>,
}

impl DetachSnapshotInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        instances: impl IntoIterator<Item = SnapshotInstance>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DetachSnapshotInstancesRequest {
    type Action = DetachSnapshotInstances;
}

/// 禁用云联网路由: the request of `DisableCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableCcnRoutesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// CCN路由策略唯一ID。形如：ccnr-f49l6u0z。可通过DescribeCcnRoutes获取。
    pub route_ids: Vec<String>,
}

impl DisableCcnRoutesRequest {
    /// The request with its required members (`CcnId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisableCcnRoutesRequest {
    type Action = DisableCcnRoutes;
}

/// 停止流日志: the request of `DisableFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableFlowLogs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableFlowLogsRequest {
    /// 流日志Id。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_ids: Vec<String>,
}

impl DisableFlowLogsRequest {
    /// The request with its required members (`FlowLogIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            flow_log_ids: flow_log_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisableFlowLogsRequest {
    type Action = DisableFlowLogs;
}

/// 关闭网关流量监控: the request of `DisableGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableGatewayFlowMonitorRequest {
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl DisableGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DisableGatewayFlowMonitorRequest {
    type Action = DisableGatewayFlowMonitor;
}

/// 禁用子网路由: the request of `DisableRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableRoutesRequest {
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// 路由策略ID。不能和RouteItemIds同时使用，但至少输入一个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<u64>>,
    /// 路由策略唯一ID。不能和RouteIds同时使用，但至少输入一个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_item_ids: Option<Vec<String>>,
}

impl DisableRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_ids: None,
            route_item_ids: None,
        }
    }
}

impl tencent_action::Request for DisableRoutesRequest {
    type Action = DisableRoutes;
}

/// 停用快照策略: the request of `DisableSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableSnapshotPoliciesRequest {
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl DisableSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DisableSnapshotPoliciesRequest {
    type Action = DisableSnapshotPolicies;
}

/// 禁用SSL-VPN-CLIENT 证书: the request of `DisableVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量禁用时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DisableVpnGatewaySslClientCertRequest {
    type Action = DisableVpnGatewaySslClientCert;
}

/// 解绑弹性公网IP: the request of `DisassociateAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateAddressRequest {
    /// 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// 表示解绑 EIP 之后是否分配普通公网 IP。取值范围：
    ///
    /// - TRUE：表示解绑 EIP 之后分配普通公网 IP。
    ///
    /// - FALSE：表示解绑 EIP 之后不分配普通公网 IP。
    ///
    /// 默认取值：FALSE。
    ///
    /// 只有满足以下条件时才能指定该参数：
    ///
    /// - 只有在解绑主网卡的主内网 IP 上的 EIP 时才能指定该参数。
    ///
    /// - 解绑 EIP 后重新分配普通公网 IP 操作一个账号每天最多操作 10 次；详情可通过 [DescribeAddressQuota](https://cloud.tencent.com/document/api/213/1378) 接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reallocate_normal_public_ip: Option<bool>,
}

impl DisassociateAddressRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            reallocate_normal_public_ip: None,
        }
    }
}

impl tencent_action::Request for DisassociateAddressRequest {
    type Action = DisassociateAddress;
}

/// DhcpIp解绑EIP: the request of `DisassociateDhcpIpWithAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateDhcpIpWithAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateDhcpIpWithAddressIpRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。必须是已绑定`EIP`的`DhcpIp`。
    pub dhcp_ip_id: String,
}

impl DisassociateDhcpIpWithAddressIpRequest {
    /// The request with its required members (`DhcpIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateDhcpIpWithAddressIpRequest {
    type Action = DisassociateDhcpIpWithAddressIp;
}

/// 专线网关解绑NAT网关: the request of `DisassociateDirectConnectGatewayNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateDirectConnectGatewayNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateDirectConnectGatewayNatGatewayRequest {
    /// VPC实例ID。形如：vpc-xxx。
    pub vpc_id: String,
    /// NAT网关ID。形如：nat-xxx
    pub nat_gateway_id: String,
    /// 专线网关ID。形如：dcg-xxx
    pub direct_connect_gateway_id: String,
}

impl DisassociateDirectConnectGatewayNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        direct_connect_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateDirectConnectGatewayNatGatewayRequest {
    type Action = DisassociateDirectConnectGatewayNatGateway;
}

/// HAVIP解绑定子机或网卡: the request of `DisassociateHaVipInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateHaVipInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateHaVipInstanceRequest {
    /// HaVip解绑的子机或网卡。最多支持10个实例。
    pub ha_vip_association_set: Vec<HaVipAssociation>,
}

impl DisassociateHaVipInstanceRequest {
    /// The request with its required members (`HaVipAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ha_vip_association_set: impl IntoIterator<Item = HaVipAssociation>,
    ) -> Self {
        Self {
            ha_vip_association_set: ha_vip_association_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DisassociateHaVipInstanceRequest {
    type Action = DisassociateHaVipInstance;
}

/// 解绑弹性公网IPv6: the request of `DisassociateIPv6Address`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateIPv6Address`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateIPv6AddressRequest {
    /// 弹性公网IPv6唯一ID，EIPv6 唯一 ID 形如：eipv6-11112222。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressId")]
    pub ipv6_address_id: String,
    /// 解绑时是否保持绑定弹性网卡。可选值：true、false。
    ///
    /// 默认值：false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_bind_with_eni: Option<bool>,
}

impl DisassociateIPv6AddressRequest {
    /// The request with its required members (`IPv6AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_id: impl Into<String>) -> Self {
        Self {
            ipv6_address_id: ipv6_address_id.into(),
            keep_bind_with_eni: None,
        }
    }
}

impl tencent_action::Request for DisassociateIPv6AddressRequest {
    type Action = DisassociateIPv6Address;
}

/// NAT网关解绑弹性IP: the request of `DisassociateNatGatewayAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNatGatewayAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNatGatewayAddressRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// 待解绑NAT网关的弹性IP数组。
    pub public_ip_addresses: Vec<String>,
}

impl DisassociateNatGatewayAddressRequest {
    /// The request with its required members (`NatGatewayId`, `PublicIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        public_ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            public_ip_addresses: public_ip_addresses
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNatGatewayAddressRequest {
    type Action = DisassociateNatGatewayAddress;
}

/// 网络ACL解关联子网: the request of `DisassociateNetworkAclSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNetworkAclSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNetworkAclSubnetsRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 子网实例ID数组。例如：\[subnet-12345678\]。
    pub subnet_ids: Vec<String>,
}

impl DisassociateNetworkAclSubnetsRequest {
    /// The request with its required members (`NetworkAclId`, `SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        subnet_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNetworkAclSubnetsRequest {
    type Action = DisassociateNetworkAclSubnets;
}

/// 弹性网卡解绑安全组: the request of `DisassociateNetworkInterfaceSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNetworkInterfaceSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNetworkInterfaceSecurityGroupsRequest {
    /// 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。每次请求的实例的上限为100。
    pub security_group_ids: Vec<String>,
}

impl DisassociateNetworkInterfaceSecurityGroupsRequest {
    /// The request with its required members (`NetworkInterfaceIds`, `SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNetworkInterfaceSecurityGroupsRequest {
    type Action = DisassociateNetworkInterfaceSecurityGroups;
}

/// 终端节点解绑安全组: the request of `DisassociateVpcEndPointSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateVpcEndPointSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateVpcEndPointSecurityGroupsRequest {
    /// 安全组ID数组。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    pub security_group_ids: Vec<String>,
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
}

impl DisassociateVpcEndPointSecurityGroupsRequest {
    /// The request with its required members (`SecurityGroupIds`, `EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
        end_point_id: impl Into<String>,
    ) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
            end_point_id: end_point_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateVpcEndPointSecurityGroupsRequest {
    type Action = DisassociateVpcEndPointSecurityGroups;
}

/// 下载VPN通道配置: the request of `DownloadCustomerGatewayConfiguration`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DownloadCustomerGatewayConfiguration`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DownloadCustomerGatewayConfigurationRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
    /// 对端网关厂商信息对象，可通过[DescribeCustomerGatewayVendors](https://cloud.tencent.com/document/api/215/17517)获取。
    pub customer_gateway_vendor: CustomerGatewayVendor,
    /// 通道接入设备物理接口名称。
    pub interface_name: String,
}

impl DownloadCustomerGatewayConfigurationRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`, `CustomerGatewayVendor`, `InterfaceName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
        customer_gateway_vendor: CustomerGatewayVendor,
        interface_name: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
            customer_gateway_vendor,
            interface_name: interface_name.into(),
        }
    }
}

impl tencent_action::Request for DownloadCustomerGatewayConfigurationRequest {
    type Action = DownloadCustomerGatewayConfiguration;
}

/// 下载SSL-VPN-CLIENT 客户端证书: the request of `DownloadVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DownloadVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DownloadVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可以和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SAML Token（SAML令牌）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_token: Option<String>,
    /// VPN门户网站使用。默认False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
    /// SSL-VPN-CLIENT 实例ID列表。批量下载时使用。不可以和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DownloadVpnGatewaySslClientCertRequest {
    type Action = DownloadVpnGatewaySslClientCert;
}

/// 启用云联网路由: the request of `EnableCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableCcnRoutesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// CCN路由策略唯一ID。形如：ccnr-f49l6u0z。可通过DescribeCcnRoutes接口获取。
    pub route_ids: Vec<String>,
}

impl EnableCcnRoutesRequest {
    /// The request with its required members (`CcnId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for EnableCcnRoutesRequest {
    type Action = EnableCcnRoutes;
}

/// 启动流日志: the request of `EnableFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableFlowLogs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableFlowLogsRequest {
    /// 流日志Id。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_ids: Vec<String>,
}

impl EnableFlowLogsRequest {
    /// The request with its required members (`FlowLogIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            flow_log_ids: flow_log_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for EnableFlowLogsRequest {
    type Action = EnableFlowLogs;
}

/// 开启网关流量监控: the request of `EnableGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableGatewayFlowMonitorRequest {
    /// 网关实例ID，目前我们支持的网关实例有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl EnableGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for EnableGatewayFlowMonitorRequest {
    type Action = EnableGatewayFlowMonitor;
}

/// 启用子网路由: the request of `EnableRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableRoutesRequest {
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// 路由策略ID。不能和RouteItemIds同时使用，但至少输入一个。单次处理上限100个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<u64>>,
    /// 路由策略唯一ID。不能和RouteIds同时使用，但至少输入一个。单次处理上限100个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_item_ids: Option<Vec<String>>,
}

impl EnableRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_ids: None,
            route_item_ids: None,
        }
    }
}

impl tencent_action::Request for EnableRoutesRequest {
    type Action = EnableRoutes;
}

/// 启用快照策略: the request of `EnableSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableSnapshotPoliciesRequest {
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl EnableSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for EnableSnapshotPoliciesRequest {
    type Action = EnableSnapshotPolicies;
}

/// 是否接受终端节点连接请求: the request of `EnableVpcEndPointConnect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableVpcEndPointConnect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableVpcEndPointConnectRequest {
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: Vec<String>,
    /// 是否接受终端节点连接请求。
    ///
    /// -  true：自动接受。
    ///
    /// -  false：不自动接受。
    pub accept_flag: bool,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl EnableVpcEndPointConnectRequest {
    /// The request with its required members (`EndPointServiceId`, `EndPointId`, `AcceptFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        end_point_service_id: impl Into<String>,
        end_point_id: impl IntoIterator<Item = impl Into<String>>,
        accept_flag: bool,
    ) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            end_point_id: end_point_id.into_iter().map(Into::into).collect(),
            accept_flag,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for EnableVpcEndPointConnectRequest {
    type Action = EnableVpcEndPointConnect;
}

/// 启用SSL-VPN-CLIENT 证书: the request of `EnableVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量启用时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for EnableVpnGatewaySslClientCertRequest {
    type Action = EnableVpnGatewaySslClientCert;
}

/// 获取一对VPN通道健康检查地址: the request of `GenerateVpnConnectionDefaultHealthCheckIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GenerateVpnConnectionDefaultHealthCheckIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateVpnConnectionDefaultHealthCheckIpRequest {
    /// VPN网关id， 例如：vpngw-1w9tue3d
    pub vpn_gateway_id: String,
}

impl GenerateVpnConnectionDefaultHealthCheckIpRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for GenerateVpnConnectionDefaultHealthCheckIpRequest {
    type Action = GenerateVpnConnectionDefaultHealthCheckIp;
}

/// 查询云联网相关地域带宽信息: the request of `GetCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCcnRegionBandwidthLimitsRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 过滤条件。
    ///
    /// - sregion - String - （过滤条件）源地域，形如：ap-guangzhou。
    ///
    /// - dregion - String - （过滤条件）目的地域，形如：ap-shanghai-bm
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 排序条件，目前支持带宽（`BandwidthLimit`）和过期时间（`ExpireTime`），默认按 `ExpireTime` 排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorted_by: Option<String>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序方式，'ASC':升序,'DESC':降序。默认按'ASC'排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
}

impl GetCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            filters: None,
            sorted_by: None,
            offset: None,
            limit: None,
            order_by: None,
        }
    }
}

impl tencent_action::Request for GetCcnRegionBandwidthLimitsRequest {
    type Action = GetCcnRegionBandwidthLimits;
}

/// HAVIP绑定EIP: the request of `HaVipAssociateAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`HaVipAssociateAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVipAssociateAddressIpRequest {
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。必须是没有绑定`EIP`的`HAVIP`。
    pub ha_vip_id: String,
    /// 弹性公网`IP`。必须是没有绑定`HAVIP`的`EIP`。
    pub address_ip: String,
}

impl HaVipAssociateAddressIpRequest {
    /// The request with its required members (`HaVipId`, `AddressIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>, address_ip: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
            address_ip: address_ip.into(),
        }
    }
}

impl tencent_action::Request for HaVipAssociateAddressIpRequest {
    type Action = HaVipAssociateAddressIp;
}

/// HAVIP解绑EIP: the request of `HaVipDisassociateAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`HaVipDisassociateAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVipDisassociateAddressIpRequest {
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。必须是已绑定`EIP`的`HAVIP`。
    pub ha_vip_id: String,
}

impl HaVipDisassociateAddressIpRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
        }
    }
}

impl tencent_action::Request for HaVipDisassociateAddressIpRequest {
    type Action = HaVipDisassociateAddressIp;
}

/// 创建专线网关询价: the request of `InquirePriceCreateDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceCreateDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquirePriceCreateDirectConnectGatewayRequest {}

impl tencent_action::Request for InquirePriceCreateDirectConnectGatewayRequest {
    type Action = InquirePriceCreateDirectConnectGateway;
}

/// 弹性公网IP新购询价: the request of `InquiryPriceAllocateAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceAllocateAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceAllocateAddressesRequest {
    /// EIP计费方式。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    pub internet_charge_type: String,
    /// EIP出带宽上限，单位：Mbps。
    ///
    /// - 账号为标准账户类型的用户，可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：1 Mbps 至 200 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1 Mbps。
    ///
    /// - 账号为传统账户类型的用户，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，其余场景不需传递
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
    /// EIP类型。默认值：EIP。
    ///
    /// - 弹性公网IP，可选值：
    ///
    /// - EIP：弹性公网IP
    ///
    /// - 精品IP，可选值：
    ///
    /// - HighQualityEIP：精品IP
    ///
    /// 注意：仅新加坡和中国香港支持精品IP。
    ///
    /// - 高防IP，可选值：
    ///
    /// - AntiDDoSEIP：高防IP
    ///
    /// 注意：仅部分地域支持高防IP，详情可见弹性公网IP[产品概述](https://cloud.tencent.com/document/product/1199/41646)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// 原生EIP IP资源的计费方式。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - IP_POSTPAID_BY_HOUR：IP资源按小时后付费
    ///
    /// - IP_PREPAID_BY_MONTH：IP资源包月预付费
    #[serde(rename = "IPChargeType", default, skip_serializing_if = "Option::is_none")]
    pub ip_charge_type: Option<String>,
}

impl InquiryPriceAllocateAddressesRequest {
    /// The request with its required members (`InternetChargeType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_charge_type: impl Into<String>) -> Self {
        Self {
            internet_charge_type: internet_charge_type.into(),
            internet_max_bandwidth_out: None,
            address_charge_prepaid: None,
            address_type: None,
            ip_charge_type: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceAllocateAddressesRequest {
    type Action = InquiryPriceAllocateAddresses;
}

/// 创建VPN网关询价: the request of `InquiryPriceCreateVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceCreateVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceCreateVpnGatewayRequest {
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000, 3000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
    /// VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// SSL VPN连接数设置，可选规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
    /// 查询的VPN类型，支持IPSEC、SSL两种类型，为SSL类型时，MaxConnection参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl InquiryPriceCreateVpnGatewayRequest {
    /// The request with its required members (`InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_max_bandwidth_out: u64) -> Self {
        Self {
            internet_max_bandwidth_out,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            max_connection: None,
            r#type: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceCreateVpnGatewayRequest {
    type Action = InquiryPriceCreateVpnGateway;
}

/// 弹性公网IP调整带宽询价: the request of `InquiryPriceModifyAddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceModifyAddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceModifyAddressesBandwidthRequest {
    /// EIP唯一ID，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 新带宽值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: i64,
}

impl InquiryPriceModifyAddressesBandwidthRequest {
    /// The request with its required members (`AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for InquiryPriceModifyAddressesBandwidthRequest {
    type Action = InquiryPriceModifyAddressesBandwidth;
}

/// 弹性公网IP续费询价: the request of `InquiryPriceRenewAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceRenewAddressesRequest {
    /// 续费资源实例ID。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，不支持其他计费模式。
    pub address_charge_prepaid: AddressChargePrepaid,
}

impl InquiryPriceRenewAddressesRequest {
    /// The request with its required members (`AddressIds`, `AddressChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        address_charge_prepaid: AddressChargePrepaid,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            address_charge_prepaid,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewAddressesRequest {
    type Action = InquiryPriceRenewAddresses;
}

/// 续费VPN网关询价: the request of `InquiryPriceRenewVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceRenewVpnGatewayRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: InstanceChargePrepaid,
}

impl InquiryPriceRenewVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`, `InstanceChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        instance_charge_prepaid: InstanceChargePrepaid,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            instance_charge_prepaid,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewVpnGatewayRequest {
    type Action = InquiryPriceRenewVpnGateway;
}

/// 调整VPN网关带宽上限询价: the request of `InquiryPriceResetVpnGatewayInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResetVpnGatewayInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
}

impl InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /// The request with its required members (`VpnGatewayId`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    type Action = InquiryPriceResetVpnGatewayInternetMaxBandwidth;
}

/// 安全锁定云联网带宽: the request of `LockCcnBandwidths`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`LockCcnBandwidths`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LockCcnBandwidthsRequest {
    /// 带宽实例的唯一ID数组。
    pub instances: Vec<CcnFlowLock>,
}

impl LockCcnBandwidthsRequest {
    /// The request with its required members (`Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instances: impl IntoIterator<Item = CcnFlowLock>) -> Self {
        Self {
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for LockCcnBandwidthsRequest {
    type Action = LockCcnBandwidths;
}

/// 安全锁定云联网实例: the request of `LockCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`LockCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LockCcnsRequest {}

impl tencent_action::Request for LockCcnsRequest {
    type Action = LockCcns;
}

/// 共享带宽包资源迁移接口: the request of `MigrateBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigrateBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigrateBandwidthPackageResourcesRequest {
    /// 当前资源所在的共享带宽包ID
    pub bandwidth_package_id: String,
    /// 要迁移的目标共享带宽包的ID
    pub target_bandwidth_package_id: String,
    /// 要迁移的资源的ID列表
    pub resource_ids: Vec<String>,
}

impl MigrateBandwidthPackageResourcesRequest {
    /// The request with its required members (`BandwidthPackageId`, `TargetBandwidthPackageId`, `ResourceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        bandwidth_package_id: impl Into<String>,
        target_bandwidth_package_id: impl Into<String>,
        resource_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
            target_bandwidth_package_id: target_bandwidth_package_id.into(),
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for MigrateBandwidthPackageResourcesRequest {
    type Action = MigrateBandwidthPackageResources;
}

/// 弹性网卡迁移: the request of `MigrateNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigrateNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigrateNetworkInterfaceRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 弹性网卡当前绑定的CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub source_instance_id: String,
    /// 待迁移的目的CVM实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub destination_instance_id: String,
    /// 网卡绑定类型：0 标准型 1 扩展型。默认：0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
}

impl MigrateNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `SourceInstanceId`, `DestinationInstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        source_instance_id: impl Into<String>,
        destination_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            source_instance_id: source_instance_id.into(),
            destination_instance_id: destination_instance_id.into(),
            attach_type: None,
        }
    }
}

impl tencent_action::Request for MigrateNetworkInterfaceRequest {
    type Action = MigrateNetworkInterface;
}

/// 弹性网卡内网IP迁移: the request of `MigratePrivateIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigratePrivateIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigratePrivateIpAddressRequest {
    /// 当内网IP绑定的弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub source_network_interface_id: String,
    /// 待迁移的目的弹性网卡实例ID。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub destination_network_interface_id: String,
    /// 迁移的内网IP地址，例如：10.0.0.6。
    pub private_ip_address: String,
}

impl MigratePrivateIpAddressRequest {
    /// The request with its required members (`SourceNetworkInterfaceId`, `DestinationNetworkInterfaceId`, `PrivateIpAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_network_interface_id: impl Into<String>,
        destination_network_interface_id: impl Into<String>,
        private_ip_address: impl Into<String>,
    ) -> Self {
        Self {
            source_network_interface_id: source_network_interface_id.into(),
            destination_network_interface_id: destination_network_interface_id.into(),
            private_ip_address: private_ip_address.into(),
        }
    }
}

impl tencent_action::Request for MigratePrivateIpAddressRequest {
    type Action = MigratePrivateIpAddress;
}

/// 修改弹性公网IP属性: the request of `ModifyAddressAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressAttributeRequest {
    /// 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// 修改后的 EIP 名称。长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"\_"，不能包含空格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// 设定EIP是否直通，"TRUE"表示直通，"FALSE"表示非直通。
    ///
    /// 注意：该参数仅对 EIP 直通功能可见的用户可以设定，EIP 必须为绑定状态，绑定的对象为 CVM 。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_direct_connection: Option<String>,
}

impl ModifyAddressAttributeRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            address_name: None,
            eip_direct_connection: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressAttributeRequest {
    type Action = ModifyAddressAttribute;
}

/// 调整弹性公网ip计费模式: the request of `ModifyAddressInternetChargeType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressInternetChargeType`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressInternetChargeTypeRequest {
    /// 弹性公网IP的唯一ID，形如eip-xxx，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// 弹性公网IP调整目标计费模式，支持：
    ///
    /// BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    pub internet_charge_type: String,
    /// 弹性公网IP调整目标带宽值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: u64,
    /// 包月带宽网络计费模式参数。弹性公网IP的调整目标计费模式是 BANDWIDTH_PREPAID_BY_MONTH（包月按带宽预付费）时，必传该参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
}

impl ModifyAddressInternetChargeTypeRequest {
    /// The request with its required members (`AddressId`, `InternetChargeType`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_id: impl Into<String>,
        internet_charge_type: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            address_id: address_id.into(),
            internet_charge_type: internet_charge_type.into(),
            internet_max_bandwidth_out,
            address_charge_prepaid: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressInternetChargeTypeRequest {
    type Action = ModifyAddressInternetChargeType;
}

/// 修改IP地址模板: the request of `ModifyAddressTemplateAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressTemplateAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressTemplateAttributeRequest {
    /// IP地址模板实例ID，例如：ipm-mdunqeb6。
    pub address_template_id: String,
    /// IP地址模板名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_name: Option<String>,
    /// 地址信息，支持 IP、CIDR、IP 范围。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
    /// 支持添加备注的地址信息，支持 IP、CIDR、IP 范围。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses_extra: Option<Vec<AddressInfo>>,
}

impl ModifyAddressTemplateAttributeRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
            address_template_name: None,
            addresses: None,
            addresses_extra: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressTemplateAttributeRequest {
    type Action = ModifyAddressTemplateAttribute;
}

/// 修改IP地址模板集合: the request of `ModifyAddressTemplateGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressTemplateGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressTemplateGroupAttributeRequest {
    /// IP地址模板集合实例ID，例如：ipmg-2uw6ujo6。
    pub address_template_group_id: String,
    /// IP地址模板集合名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_group_name: Option<String>,
    /// IP地址模板实例ID， 例如：ipm-mdunqeb6。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_ids: Option<Vec<String>>,
}

impl ModifyAddressTemplateGroupAttributeRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
            address_template_group_name: None,
            address_template_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressTemplateGroupAttributeRequest {
    type Action = ModifyAddressTemplateGroupAttribute;
}

/// 调整弹性公网IP带宽: the request of `ModifyAddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressesBandwidthRequest {
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 调整带宽目标值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: i64,
    /// 包月带宽起始时间(已废弃，输入无效)
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 包月带宽结束时间(已废弃，输入无效)
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}

impl ModifyAddressesBandwidthRequest {
    /// The request with its required members (`AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
            start_time: None,
            end_time: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressesBandwidthRequest {
    type Action = ModifyAddressesBandwidth;
}

/// 调整包月IP续费标识: the request of `ModifyAddressesRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressesRenewFlag`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressesRenewFlagRequest {
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 自动续费标识。取值范围： NOTIFY_AND_AUTO_RENEW：通知过期且自动续费 NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费 DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费  若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。 示例值：NOTIFY_AND_AUTO_RENEW
    pub renew_flag: String,
}

impl ModifyAddressesRenewFlagRequest {
    /// The request with its required members (`AddressIds`, `RenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        renew_flag: impl Into<String>,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            renew_flag: renew_flag.into(),
        }
    }
}

impl tencent_action::Request for ModifyAddressesRenewFlagRequest {
    type Action = ModifyAddressesRenewFlag;
}

/// 修改辅助CIDR: the request of `ModifyAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAssistantCidrRequest {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// 待添加的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]，入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_cidr_blocks: Option<Vec<String>>,
    /// 待删除的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]，入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_cidr_blocks: Option<Vec<String>>,
}

impl ModifyAssistantCidrRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            new_cidr_blocks: None,
            old_cidr_blocks: None,
        }
    }
}

impl tencent_action::Request for ModifyAssistantCidrRequest {
    type Action = ModifyAssistantCidr;
}

/// 修改带宽包属性: the request of `ModifyBandwidthPackageAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyBandwidthPackageAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBandwidthPackageAttributeRequest {
    /// 带宽包唯一标识ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// 带宽包名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_name: Option<String>,
    /// 带宽包计费模式，可选值:
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 后付费-增强型95计费
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 后付费-按主流量计费
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 常规BGP-后付费-按带宽计费
    ///
    /// - FIXED_PREPAID_BY_MONTH: 常规BGP-预付费
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 静态单线-后付费-按日结算
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 后付费-TOP5计费，如需使用，请提交工单申请
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
}

impl tencent_action::Request for ModifyBandwidthPackageAttributeRequest {
    type Action = ModifyBandwidthPackageAttribute;
}

/// 调整共享带宽包带宽: the request of `ModifyBandwidthPackageBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyBandwidthPackageBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBandwidthPackageBandwidthRequest {
    /// 带宽包限速大小。单位：Mbps。带宽包计费类型对应的带宽上下限可参考：[BandwidthRange](https://cloud.tencent.com/document/api/215/15824#BandwidthRange)
    pub internet_max_bandwidth: i64,
    /// 共享带宽包ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl ModifyBandwidthPackageBandwidthRequest {
    /// The request with its required members (`InternetMaxBandwidth`, `BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        internet_max_bandwidth: i64,
        bandwidth_package_id: impl Into<String>,
    ) -> Self {
        Self {
            internet_max_bandwidth,
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for ModifyBandwidthPackageBandwidthRequest {
    type Action = ModifyBandwidthPackageBandwidth;
}

/// 修改CCN关联实例属性: the request of `ModifyCcnAttachedInstancesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnAttachedInstancesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnAttachedInstancesAttributeRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 关联网络实例列表
    pub instances: Vec<CcnInstance>,
}

impl ModifyCcnAttachedInstancesAttributeRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyCcnAttachedInstancesAttributeRequest {
    type Action = ModifyCcnAttachedInstancesAttribute;
}

/// 修改CCN属性: the request of `ModifyCcnAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnAttributeRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// CCN名称，最大长度不能超过60个字节，限制：CcnName和CcnDescription必须至少选择一个参数输入，否则报错。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_name: Option<String>,
    /// CCN描述信息，最大长度不能超过100个字节，限制：CcnName和CcnDescription必须至少选择一个参数输入，否则报错。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_description: Option<String>,
    /// 是否开启等价路由功能。`False` 不开启，`True` 开启。
    #[serde(rename = "RouteECMPFlag", default, skip_serializing_if = "Option::is_none")]
    pub route_ecmp_flag: Option<bool>,
    /// 是否开启路由重叠功能。`False` 不开启，`True` 开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_overlap_flag: Option<bool>,
    /// 是否开启qos功能。`False` 不开启，`True` 开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_marking_policy_flag: Option<bool>,
    /// 是否切换为混合计费
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixed_billing_flag: Option<bool>,
}

impl ModifyCcnAttributeRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_name: None,
            ccn_description: None,
            route_ecmp_flag: None,
            route_overlap_flag: None,
            traffic_marking_policy_flag: None,
            mixed_billing_flag: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnAttributeRequest {
    type Action = ModifyCcnAttribute;
}

/// 更新云联网策略路由下一跳参数: the request of `ModifyCcnPolicyBasedRoutingNextHopAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnPolicyBasedRoutingNextHopAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_id: String,
    /// 名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 下一跳地域
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_region: Option<String>,
    /// 实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// 关联实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// 下一跳资源类型\[HAVIP,GWLB_ENDPOINT\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_id: Option<String>,
    /// 状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingNextHopId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_next_hop_id: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_next_hop_id: policy_based_routing_next_hop_id.into(),
            name: None,
            description: None,
            next_hop_region: None,
            instance_type: None,
            instance_id: None,
            next_hop_resource_type: None,
            next_hop_resource_id: None,
            state: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    type Action = ModifyCcnPolicyBasedRoutingNextHopAttribute;
}

/// 更新云联网策略路由匹配规则参数: the request of `ModifyCcnPolicyBasedRoutingRuleAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnPolicyBasedRoutingRuleAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由匹配规则ID
    pub policy_based_routing_rule_id: String,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingRuleId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_rule_id: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_rule_id: policy_based_routing_rule_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    type Action = ModifyCcnPolicyBasedRoutingRuleAttribute;
}

/// 后付费产品修改带宽限速策略: the request of `ModifyCcnRegionBandwidthLimitsType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnRegionBandwidthLimitsType`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnRegionBandwidthLimitsTypeRequest {
    /// 云联网实例ID。
    pub ccn_id: String,
    /// 云联网限速类型，INTER_REGION_LIMIT：地域间限速，OUTER_REGION_LIMIT：地域出口限速。默认值：OUTER_REGION_LIMIT。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_limit_type: Option<String>,
}

impl ModifyCcnRegionBandwidthLimitsTypeRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            bandwidth_limit_type: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnRegionBandwidthLimitsTypeRequest {
    type Action = ModifyCcnRegionBandwidthLimitsType;
}

/// 修改云联网路由表: the request of `ModifyCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnRouteTablesRequest {
    /// 需要修改的路由表列表。
    pub route_table_info: Vec<ModifyRouteTableInfo>,
}

impl ModifyCcnRouteTablesRequest {
    /// The request with its required members (`RouteTableInfo`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_info: impl IntoIterator<Item = ModifyRouteTableInfo>,
    ) -> Self {
        Self {
            route_table_info: route_table_info.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyCcnRouteTablesRequest {
    type Action = ModifyCcnRouteTables;
}

/// 修改 IDC通道信息: the request of `ModifyCdcLDCXAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCdcLDCXAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdcLDCXAttributeRequest {}

impl tencent_action::Request for ModifyCdcLDCXAttributeRequest {
    type Action = ModifyCdcLDCXAttribute;
}

/// 修改虚拟连接: the request of `ModifyCdcNetPlaneAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCdcNetPlaneAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdcNetPlaneAttributeRequest {}

impl tencent_action::Request for ModifyCdcNetPlaneAttributeRequest {
    type Action = ModifyCdcNetPlaneAttribute;
}

/// 修改对端网关: the request of `ModifyCustomerGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCustomerGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCustomerGatewayAttributeRequest {
    /// 对端网关ID，例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/api/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
    /// 对端网关名称，可任意命名，但不得超过60个字符。
    pub customer_gateway_name: String,
    /// BGP ASN。只有开启BGP白名单才可以修改此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
}

impl ModifyCustomerGatewayAttributeRequest {
    /// The request with its required members (`CustomerGatewayId`, `CustomerGatewayName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        customer_gateway_id: impl Into<String>,
        customer_gateway_name: impl Into<String>,
    ) -> Self {
        Self {
            customer_gateway_id: customer_gateway_id.into(),
            customer_gateway_name: customer_gateway_name.into(),
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for ModifyCustomerGatewayAttributeRequest {
    type Action = ModifyCustomerGatewayAttribute;
}

/// 修改DhcpIp属性: the request of `ModifyDhcpIpAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDhcpIpAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDhcpIpAttributeRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。
    pub dhcp_ip_id: String,
    /// `DhcpIp`名称，可任意命名，但不得超过60个字符。
    pub dhcp_ip_name: String,
}

impl ModifyDhcpIpAttributeRequest {
    /// The request with its required members (`DhcpIpId`, `DhcpIpName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>, dhcp_ip_name: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
            dhcp_ip_name: dhcp_ip_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyDhcpIpAttributeRequest {
    type Action = ModifyDhcpIpAttribute;
}

/// 修改专线网关属性: the request of `ModifyDirectConnectGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDirectConnectGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDirectConnectGatewayAttributeRequest {
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    pub direct_connect_gateway_id: String,
    /// 专线网关名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_name: Option<String>,
    /// 云联网路由学习类型，可选值：`BGP`（自动学习）、`STATIC`（静态，即用户配置）。只有云联网类型专线网关且开启了BGP功能才支持修改`CcnRouteType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_type: Option<String>,
    /// 云联网路由发布模式，可选值：`standard`（标准模式）、`exquisite`（精细模式）。只有云联网类型专线网关才支持修改`ModeType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_type: Option<String>,
}

impl ModifyDirectConnectGatewayAttributeRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            direct_connect_gateway_name: None,
            ccn_route_type: None,
            mode_type: None,
        }
    }
}

impl tencent_action::Request for ModifyDirectConnectGatewayAttributeRequest {
    type Action = ModifyDirectConnectGatewayAttribute;
}

/// 修改流日志属性: the request of `ModifyFlowLogAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyFlowLogAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyFlowLogAttributeRequest {
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_id: String,
    /// 私用网络唯一ID。修改云联网流日志属性时可不填，其他流日志类型必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 流日志实例名称。长度为不超过60字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_name: Option<String>,
    /// 流日志实例描述。长度为不超过512个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_description: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。 取值范围（单位s）：60， 300， 600。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u64>,
}

impl ModifyFlowLogAttributeRequest {
    /// The request with its required members (`FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_id: impl Into<String>) -> Self {
        Self {
            flow_log_id: flow_log_id.into(),
            vpc_id: None,
            flow_log_name: None,
            flow_log_description: None,
            period: None,
        }
    }
}

impl tencent_action::Request for ModifyFlowLogAttributeRequest {
    type Action = ModifyFlowLogAttribute;
}

/// 调整网关流控带宽: the request of `ModifyGatewayFlowQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGatewayFlowQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGatewayFlowQosRequest {
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
    /// 流控带宽值。取值大于0，表示限流到指定的Mbps；取值等于0，表示完全限流；取值为-1，不限流。
    pub bandwidth: i64,
    /// 限流的云服务器内网IP。
    pub ip_addresses: Vec<String>,
}

impl ModifyGatewayFlowQosRequest {
    /// The request with its required members (`GatewayId`, `Bandwidth`, `IpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gateway_id: impl Into<String>,
        bandwidth: i64,
        ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            gateway_id: gateway_id.into(),
            bandwidth,
            ip_addresses: ip_addresses.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ModifyGatewayFlowQosRequest {
    type Action = ModifyGatewayFlowQos;
}

/// 修改全局路由ECMP的HASH算法: the request of `ModifyGlobalRouteECMPAlgorithm`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGlobalRouteECMPAlgorithm`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGlobalRouteECMPAlgorithmRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// Ipv4目标网段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_cidr_block: Option<String>,
    /// 支持的 ECMP算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_route_algorithm: Option<String>,
    /// CDC 集群唯一 ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl ModifyGlobalRouteECMPAlgorithmRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            destination_cidr_block: None,
            subnet_route_algorithm: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for ModifyGlobalRouteECMPAlgorithmRequest {
    type Action = ModifyGlobalRouteECMPAlgorithm;
}

/// 修改全局路由。: the request of `ModifyGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由对象。仅支持修改：'Description'，其他字段暂不支持。
    pub global_routes: Vec<GlobalRoute>,
}

impl ModifyGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_routes: impl IntoIterator<Item = GlobalRoute>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_routes: global_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyGlobalRoutesRequest {
    type Action = ModifyGlobalRoutes;
}

/// 修改HAVIP属性: the request of `ModifyHaVipAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHaVipAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHaVipAttributeRequest {
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    pub ha_vip_id: String,
    /// `HAVIP`名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_name: Option<String>,
}

impl ModifyHaVipAttributeRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
            ha_vip_name: None,
        }
    }
}

impl tencent_action::Request for ModifyHaVipAttributeRequest {
    type Action = ModifyHaVipAttribute;
}

/// 修改高优路由表条目属性: the request of `ModifyHighPriorityRouteAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteAttributeRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目修改属性。
    pub high_priority_modify_items: Vec<HighPriorityModifyItem>,
}

impl ModifyHighPriorityRouteAttributeRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityModifyItems`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_modify_items: impl IntoIterator<Item = HighPriorityModifyItem>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_modify_items: high_priority_modify_items.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteAttributeRequest {
    type Action = ModifyHighPriorityRouteAttribute;
}

/// 修改高优路由ECMP的HASH算法: the request of `ModifyHighPriorityRouteECMPAlgorithm`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteECMPAlgorithm`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteECMPAlgorithmRequest {
    /// 高优路由表实例唯一ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表HASH策略。
    #[serde(rename = "RouteECMPAlgorithms")]
    pub route_ecmp_algorithms: Vec<RouteECMPAlgorithm>,
}

impl ModifyHighPriorityRouteECMPAlgorithmRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `RouteECMPAlgorithms`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        route_ecmp_algorithms: impl IntoIterator<Item = RouteECMPAlgorithm>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            route_ecmp_algorithms: route_ecmp_algorithms.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteECMPAlgorithmRequest {
    type Action = ModifyHighPriorityRouteECMPAlgorithm;
}

/// 修改高优路由表属性: the request of `ModifyHighPriorityRouteTableAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteTableAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteTableAttributeRequest {
    /// 高优路由表表唯一ID
    pub high_priority_route_table_id: String,
    /// 高优路由表表名称
    pub name: String,
}

impl ModifyHighPriorityRouteTableAttributeRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            name: name.into(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteTableAttributeRequest {
    type Action = ModifyHighPriorityRouteTableAttribute;
}

/// 修改弹性公网IPv6属性: the request of `ModifyIPv6AddressesAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIPv6AddressesAttributes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIPv6AddressesAttributesRequest {
    /// 弹性公网IPv6唯一ID列表。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressIds。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
    /// 弹性公网IPv6地址名称，长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"_"，不能包含空格。
    #[serde(
        rename = "IPv6AddressName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipv6_address_name: Option<String>,
}

impl ModifyIPv6AddressesAttributesRequest {
    /// The request with its required members (`IPv6AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
            ipv6_address_name: None,
        }
    }
}

impl tencent_action::Request for ModifyIPv6AddressesAttributesRequest {
    type Action = ModifyIPv6AddressesAttributes;
}

/// 调整弹性公网IPv6带宽: the request of `ModifyIPv6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIPv6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIPv6AddressesBandwidthRequest {
    /// 弹性公网IPv6地址唯一ID，可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
    /// 弹性公网IPv6地址网络带宽，可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    pub internet_max_bandwidth_out: i64,
}

impl ModifyIPv6AddressesBandwidthRequest {
    /// The request with its required members (`IPv6AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for ModifyIPv6AddressesBandwidthRequest {
    type Action = ModifyIPv6AddressesBandwidth;
}

/// 调整传统弹性公网IPv6带宽: the request of `ModifyIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6AddressesBandwidthRequest {
    /// 修改的目标带宽，单位Mbps。可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    pub internet_max_bandwidth_out: i64,
    /// IPv6地址。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_addresses: Option<Vec<String>>,
    /// IPv6地址对应的唯一ID，形如eip-xxxxxxxx。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
}

impl ModifyIp6AddressesBandwidthRequest {
    /// The request with its required members (`InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_max_bandwidth_out: i64) -> Self {
        Self {
            internet_max_bandwidth_out,
            ip6_addresses: None,
            ip6_address_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6AddressesBandwidthRequest {
    type Action = ModifyIp6AddressesBandwidth;
}

/// 修改IPV6转换规则属性: the request of `ModifyIp6Rule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6Rule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6RuleRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换规则唯一ID，形如rule6-xxxxxxxx
    pub ip6_rule_id: String,
    /// IPV6转换规则修改后的名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_rule_name: Option<String>,
    /// IPV6转换规则修改后的IPV4地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip: Option<String>,
    /// IPV6转换规则修改后的IPV4端口号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vport: Option<i64>,
}

impl ModifyIp6RuleRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_id: impl Into<String>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_id: ip6_rule_id.into(),
            ip6_rule_name: None,
            vip: None,
            vport: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6RuleRequest {
    type Action = ModifyIp6Rule;
}

/// 修改IP6转换实例属性: the request of `ModifyIp6Translator`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6Translator`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6TranslatorRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换实例修改名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_name: Option<String>,
}

impl ModifyIp6TranslatorRequest {
    /// The request with its required members (`Ip6TranslatorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_translator_id: impl Into<String>) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_translator_name: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6TranslatorRequest {
    type Action = ModifyIp6Translator;
}

/// 修改弹性网卡IPv6地址属性: the request of `ModifyIpv6AddressesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIpv6AddressesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIpv6AddressesAttributeRequest {
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的内网IPv6地址信息。
    pub ipv6_addresses: Vec<Ipv6Address>,
}

impl ModifyIpv6AddressesAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`, `Ipv6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        ipv6_addresses: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: ipv6_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyIpv6AddressesAttributeRequest {
    type Action = ModifyIpv6AddressesAttribute;
}

/// 修改本地网关: the request of `ModifyLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyLocalGatewayRequest {
    /// 本地网关名称。
    pub local_gateway_name: String,
    /// CDC实例ID。
    pub cdc_id: String,
    /// 本地网关实例ID。
    pub local_gateway_id: String,
    /// VPC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl ModifyLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayName`, `CdcId`, `LocalGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        local_gateway_name: impl Into<String>,
        cdc_id: impl Into<String>,
        local_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            local_gateway_name: local_gateway_name.into(),
            cdc_id: cdc_id.into(),
            local_gateway_id: local_gateway_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for ModifyLocalGatewayRequest {
    type Action = ModifyLocalGateway;
}

/// 修改NAT网关高级属性: the request of `ModifyNatGatewayAdvancedAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayAdvancedAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayAdvancedAttributeRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// UDP映射空闲时间，单位：秒。含义为UDP流空闲多少秒以后从NAT映射中释放。取值范围为：3-7200，默认为180。
    #[serde(
        rename = "UDPMappingTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub udp_mapping_timeout: Option<u64>,
    /// TCP已建立的连接空闲超时时间，单位：秒。含义为TCP已建立的连接空闲多少秒以后从NAT映射中释放。取值范围为：40-10800，默认为10800。
    #[serde(
        rename = "TCPEstablishedConnectionTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tcp_established_connection_timeout: Option<u64>,
    /// TCP TIME_WAIT超时时间，单位：秒。含义为完全关闭的TCP连接在到期后保留在NAT映射中的秒数。取值范围为：10-600，默认为120。
    #[serde(
        rename = "TCPTimeWaitTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tcp_time_wait_timeout: Option<u64>,
}

impl ModifyNatGatewayAdvancedAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            udp_mapping_timeout: None,
            tcp_established_connection_timeout: None,
            tcp_time_wait_timeout: None,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewayAdvancedAttributeRequest {
    type Action = ModifyNatGatewayAdvancedAttribute;
}

/// 修改NAT网关的属性: the request of `ModifyNatGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayAttributeRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// NAT网关的名称，形如：`test_nat`，边界值：\[1,60\] 字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_name: Option<String>,
    /// NAT网关最大外网出带宽(单位:Mbps)，边界值：\[0,50000\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// 是否修改NAT网关绑定的安全组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modify_security_group: Option<bool>,
    /// NAT网关绑定的安全组列表，最终状态，空列表表示删除所有安全组，形如: `['sg-1n232323', 'sg-o4242424']`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
    /// 同一个内网地址通过NAT网关访问同一个目的IP时，是否使用固定的弹性公网IP。默认为true，使用固定IP；false代表使用随机IP。当前适用于标准型NAT网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_address_affinity: Option<bool>,
}

impl ModifyNatGatewayAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_name: None,
            internet_max_bandwidth_out: None,
            modify_security_group: None,
            security_group_ids: None,
            deletion_protection_enabled: None,
            public_address_affinity: None,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewayAttributeRequest {
    type Action = ModifyNatGatewayAttribute;
}

/// 修改NAT网关端口转发规则: the request of `ModifyNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// 源NAT网关的端口转换规则。
    pub source_nat_rule: DestinationIpPortTranslationNatRule,
    /// 目的NAT网关的端口转换规则。
    pub destination_nat_rule: DestinationIpPortTranslationNatRule,
}

impl ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceNatRule`, `DestinationNatRule`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_nat_rule: DestinationIpPortTranslationNatRule,
        destination_nat_rule: DestinationIpPortTranslationNatRule,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_nat_rule,
            destination_nat_rule,
        }
    }
}

impl tencent_action::Request
for ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = ModifyNatGatewayDestinationIpPortTranslationNatRule;
}

/// 修改NAT网关SNAT转发规则: the request of `ModifyNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /// NAT网关的ID，形如：`nat-df453454`。
    pub nat_gateway_id: String,
    /// NAT网关的SNAT转换规则。仅支持根据指定的NatGatewaySnatId修改PublicIpAddresses或Description。
    pub source_ip_translation_nat_rule: SourceIpTranslationNatRule,
}

impl ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceIpTranslationNatRule`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_ip_translation_nat_rule: SourceIpTranslationNatRule,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_ip_translation_nat_rule,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = ModifyNatGatewaySourceIpTranslationNatRule;
}

/// 修改网络探测: the request of `ModifyNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetDetectRequest {
    /// 网络探测实例`ID`。形如：`netd-12345678`
    pub net_detect_id: String,
    /// 网络探测名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_name: Option<String>,
    /// 探测目的IPv4地址数组，最多两个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detect_destination_ip: Option<Vec<String>>,
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
    /// 网络探测描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_description: Option<String>,
}

impl ModifyNetDetectRequest {
    /// The request with its required members (`NetDetectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(net_detect_id: impl Into<String>) -> Self {
        Self {
            net_detect_id: net_detect_id.into(),
            net_detect_name: None,
            detect_destination_ip: None,
            next_hop_type: None,
            next_hop_destination: None,
            net_detect_description: None,
        }
    }
}

impl tencent_action::Request for ModifyNetDetectRequest {
    type Action = ModifyNetDetect;
}

/// 修改网络ACL属性: the request of `ModifyNetworkAclAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclAttributeRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络ACL名称，最大长度不能超过60个字节。
    pub network_acl_name: String,
}

impl ModifyNetworkAclAttributeRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_name: impl Into<String>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_name: network_acl_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclAttributeRequest {
    type Action = ModifyNetworkAclAttribute;
}

/// 修改网络ACL规则: the request of `ModifyNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络ACL规则集。NetworkAclEntrySet和NetworkAclQuintupleSet只能输入一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_entry_set: Option<NetworkAclEntrySet>,
    /// 网络ACL五元组规则集。NetworkAclEntrySet和NetworkAclQuintupleSet只能输入一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_quintuple_set: Option<NetworkAclQuintupleEntries>,
    /// 三元组的增量更新。该接口的默认语义为全量覆盖。当需要实现增量更新语义时，设置该参数为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_update_acl_entries: Option<bool>,
}

impl ModifyNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set: None,
            network_acl_quintuple_set: None,
            enable_update_acl_entries: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclEntriesRequest {
    type Action = ModifyNetworkAclEntries;
}

/// 增量更新网络ACL五元组规则接口: the request of `ModifyNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclQuintupleEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl ModifyNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclQuintupleEntriesRequest {
    type Action = ModifyNetworkAclQuintupleEntries;
}

/// 修改弹性网卡: the request of `ModifyNetworkInterfaceAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkInterfaceAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkInterfaceAttributeRequest {
    /// 弹性网卡实例ID，例如：eni-pxir56ns。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 弹性网卡名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_name: Option<String>,
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// 指定绑定的安全组，例如:\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 网卡trunking模式设置，Enable-开启，Disable--关闭，默认关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trunking_flag: Option<String>,
}

impl ModifyNetworkInterfaceAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            network_interface_name: None,
            network_interface_description: None,
            security_group_ids: None,
            trunking_flag: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkInterfaceAttributeRequest {
    type Action = ModifyNetworkInterfaceAttribute;
}

/// 修改弹性网卡服务质量: the request of `ModifyNetworkInterfaceQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkInterfaceQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkInterfaceQosRequest {
    /// 弹性网卡ID，支持批量修改。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// 服务质量，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// DirectSend端口范围最大值。最大值: 65535。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_send_max_port: Option<u64>,
}

impl ModifyNetworkInterfaceQosRequest {
    /// The request with its required members (`NetworkInterfaceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            qos_level: None,
            direct_send_max_port: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkInterfaceQosRequest {
    type Action = ModifyNetworkInterfaceQos;
}

/// 修改弹性网卡内网IP信息: the request of `ModifyPrivateIpAddressesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateIpAddressesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateIpAddressesAttributeRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的内网IP信息。
    pub private_ip_addresses: Vec<PrivateIpAddressSpecification>,
}

impl ModifyPrivateIpAddressesAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: private_ip_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyPrivateIpAddressesAttributeRequest {
    type Action = ModifyPrivateIpAddressesAttribute;
}

/// 修改私网NAT网关属性: the request of `ModifyPrivateNatGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayAttributeRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 私网网关名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_name: Option<String>,
    /// 私网NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
}

impl ModifyPrivateNatGatewayAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_name: None,
            deletion_protection_enabled: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayAttributeRequest {
    type Action = ModifyPrivateNatGatewayAttribute;
}

/// 修改私网NAT网关目的端口转换规则: the request of `ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则列表。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRuleDiff,
    >,
}

impl ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRuleDiff,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 修改私网NAT网关源端转换访问控制规则: the request of `ModifyPrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值"LOCAL"。
    pub translation_direction: String,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。
    pub translation_type: String,
    /// 转换`IP`,当转换规则类型为四层时为`IP`池
    pub translation_ip: String,
    /// 访问控制列表，需要附带AclRuleId参数。
    pub translation_acl_rules: Vec<TranslationAclRule>,
    /// 源`IP`,当转换规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl ModifyPrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `TranslationAclRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        translation_acl_rules: impl IntoIterator<Item = TranslationAclRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            translation_acl_rules: translation_acl_rules.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayTranslationAclRuleRequest {
    type Action = ModifyPrivateNatGatewayTranslationAclRule;
}

/// 修改私网NAT网关源端转换规则: the request of `ModifyPrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。仅支持修改单个转换规则
    pub translation_nat_rules: Vec<TranslationNatRuleDiff>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl ModifyPrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRuleDiff>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayTranslationNatRuleRequest {
    type Action = ModifyPrivateNatGatewayTranslationNatRule;
}

/// 修改内网保留IP: the request of `ModifyReserveIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyReserveIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyReserveIpAddressRequest {
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// 内网保留IP唯一ID。
    pub reserve_ip_id: String,
    /// 内网保留 IP名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 内网保留 IP描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyReserveIpAddressRequest {
    /// The request with its required members (`VpcId`, `ReserveIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, reserve_ip_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            reserve_ip_id: reserve_ip_id.into(),
            name: None,
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyReserveIpAddressRequest {
    type Action = ModifyReserveIpAddress;
}

/// 修改路由策略属性: the request of `ModifyRoutePolicyAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRoutePolicyAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRoutePolicyAttributeRequest {
    /// 路由接收策略实例ID，例如：rrp-dz0219jq。
    pub route_policy_id: String,
    /// 路由接收策略名称。
    pub route_policy_name: String,
    /// 路由接收策略描述。
    pub route_policy_description: String,
}

impl ModifyRoutePolicyAttributeRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyName`, `RoutePolicyDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_name: impl Into<String>,
        route_policy_description: impl Into<String>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_name: route_policy_name.into(),
            route_policy_description: route_policy_description.into(),
        }
    }
}

impl tencent_action::Request for ModifyRoutePolicyAttributeRequest {
    type Action = ModifyRoutePolicyAttribute;
}

/// 修改路由表属性: the request of `ModifyRouteTableAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRouteTableAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRouteTableAttributeRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 路由表名称。
    pub route_table_name: String,
}

impl ModifyRouteTableAttributeRequest {
    /// The request with its required members (`RouteTableId`, `RouteTableName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_table_name: impl Into<String>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_table_name: route_table_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyRouteTableAttributeRequest {
    type Action = ModifyRouteTableAttribute;
}

/// 编辑云联网路由表选择策略: the request of `ModifyRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRouteTableSelectionPoliciesRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 选择策略信息集合，表示需要按照当前的策略来修改。
    pub selection_policies: Vec<CcnRouteTableSelectPolicy>,
}

impl ModifyRouteTableSelectionPoliciesRequest {
    /// The request with its required members (`CcnId`, `SelectionPolicies`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        selection_policies: impl IntoIterator<Item = CcnRouteTableSelectPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            selection_policies: selection_policies.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyRouteTableSelectionPoliciesRequest {
    type Action = ModifyRouteTableSelectionPolicies;
}

/// 修改安全组属性: the request of `ModifySecurityGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySecurityGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySecurityGroupAttributeRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 安全组备注，最多100个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_description: Option<String>,
}

impl ModifySecurityGroupAttributeRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            group_name: None,
            group_description: None,
        }
    }
}

impl tencent_action::Request for ModifySecurityGroupAttributeRequest {
    type Action = ModifySecurityGroupAttribute;
}

/// 重置安全组出站和入站规则: the request of `ModifySecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySecurityGroupPoliciesRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组规则集合。 SecurityGroupPolicySet对象必须同时指定新的出（Egress）入（Ingress）站规则。 SecurityGroupPolicy对象不支持自定义索引（PolicyIndex）。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// 排序安全组标识，默认值为False。当SortPolicys为False时，不改变安全组规则排序；当SortPolicys为True时，系统将严格按照SecurityGroupPolicySet参数传入的安全组规则及顺序进行重置，考虑到人为输入参数可能存在遗漏风险，建议通过控制台对安全组规则进行排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_policys: Option<bool>,
}

impl ModifySecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            sort_policys: None,
        }
    }
}

impl tencent_action::Request for ModifySecurityGroupPoliciesRequest {
    type Action = ModifySecurityGroupPolicies;
}

/// 修改协议端口模板: the request of `ModifyServiceTemplateAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyServiceTemplateAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceTemplateAttributeRequest {
    /// 协议端口模板实例ID，例如：ppm-529nwwj8。
    pub service_template_id: String,
    /// 协议端口模板名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_name: Option<String>,
    /// 支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。协议后面的端口部分长度不能超过128个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// 支持添加备注的协议端口信息，支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services_extra: Option<Vec<ServicesInfo>>,
}

impl ModifyServiceTemplateAttributeRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
            service_template_name: None,
            services: None,
            services_extra: None,
        }
    }
}

impl tencent_action::Request for ModifyServiceTemplateAttributeRequest {
    type Action = ModifyServiceTemplateAttribute;
}

/// 修改协议端口模板集合: the request of `ModifyServiceTemplateGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyServiceTemplateGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceTemplateGroupAttributeRequest {
    /// 协议端口模板集合实例ID，例如：ppmg-ei8hfd9a。
    pub service_template_group_id: String,
    /// 协议端口模板集合名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_group_name: Option<String>,
    /// 协议端口模板实例ID，例如：ppm-4dw6agho。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_ids: Option<Vec<String>>,
}

impl ModifyServiceTemplateGroupAttributeRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
            service_template_group_name: None,
            service_template_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyServiceTemplateGroupAttributeRequest {
    type Action = ModifyServiceTemplateGroupAttribute;
}

/// 修改快照策略: the request of `ModifySnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySnapshotPoliciesRequest {
    /// 快照策略修改信息。
    pub snapshot_policies_info: Vec<BatchModifySnapshotPolicy>,
}

impl ModifySnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPoliciesInfo`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policies_info: impl IntoIterator<Item = BatchModifySnapshotPolicy>,
    ) -> Self {
        Self {
            snapshot_policies_info: snapshot_policies_info.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifySnapshotPoliciesRequest {
    type Action = ModifySnapshotPolicies;
}

/// 修改子网属性: the request of `ModifySubnetAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySubnetAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySubnetAttributeRequest {
    /// 子网实例ID。形如：subnet-pxir56ns。
    pub subnet_id: String,
    /// 子网名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_name: Option<String>,
    /// 子网是否开启广播。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_broadcast: Option<String>,
}

impl ModifySubnetAttributeRequest {
    /// The request with its required members (`SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_id: impl Into<String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
            subnet_name: None,
            enable_broadcast: None,
        }
    }
}

impl tencent_action::Request for ModifySubnetAttributeRequest {
    type Action = ModifySubnetAttribute;
}

/// 修改模板对象成员: the request of `ModifyTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTemplateMemberRequest {
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// 需要修改的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致，修改顺序与TemplateMember参数顺序一一对应，入参长度需要与TemplateMember参数保持一致。
    pub original_template_member: Vec<MemberInfo>,
    /// 新的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致，修改顺序与OriginalTemplateMember参数顺序一一对应，入参长度需要与OriginalTemplateMember参数保持一致。
    pub template_member: Vec<MemberInfo>,
}

impl ModifyTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `OriginalTemplateMember`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        original_template_member: impl IntoIterator<Item = MemberInfo>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            original_template_member: original_template_member.into_iter().collect(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyTemplateMemberRequest {
    type Action = ModifyTemplateMember;
}

/// 修改流量镜像属性: the request of `ModifyTrafficMirrorAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTrafficMirrorAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTrafficMirrorAttributeRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像实例名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_name: Option<String>,
    /// 流量镜像实例描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_description: Option<String>,
}

impl ModifyTrafficMirrorAttributeRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            traffic_mirror_name: None,
            traffic_mirror_description: None,
        }
    }
}

impl tencent_action::Request for ModifyTrafficMirrorAttributeRequest {
    type Action = ModifyTrafficMirrorAttribute;
}

/// 修改流量镜像过滤规则。: the request of `ModifyTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl ModifyTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for ModifyTrafficMirrorFilterRulesRequest {
    type Action = ModifyTrafficMirrorFilterRules;
}

/// 修改VPC属性: the request of `ModifyVpcAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcAttributeRequest {
    /// VPC实例ID。形如：vpc-f49l6u0z。
    pub vpc_id: String,
    /// 私有网络名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_name: Option<String>,
    /// 是否开启组播。true: 开启, false: 关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_multicast: Option<String>,
    /// DNS地址，最多支持4个，第1个默认为主，其余为备。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    /// 域名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish: Option<bool>,
    /// 发布cdc 子网到云联网的开关。true: 发布, false: 不发布。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_cdc_publish: Option<bool>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

impl ModifyVpcAttributeRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            vpc_name: None,
            enable_multicast: None,
            dns_servers: None,
            domain_name: None,
            enable_route_vpc_publish: None,
            enable_cdc_publish: None,
            enable_route_vpc_publish_ipv6: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcAttributeRequest {
    type Action = ModifyVpcAttribute;
}

/// 修改终端节点属性: the request of `ModifyVpcEndPointAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointAttributeRequest {
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
    /// 终端节点名称。长度限制为60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_name: Option<String>,
    /// 安全组ID列表。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl ModifyVpcEndPointAttributeRequest {
    /// The request with its required members (`EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_id: impl Into<String>) -> Self {
        Self {
            end_point_id: end_point_id.into(),
            end_point_name: None,
            security_group_ids: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointAttributeRequest {
    type Action = ModifyVpcEndPointAttribute;
}

/// 修改终端节点服务属性: the request of `ModifyVpcEndPointServiceAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointServiceAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointServiceAttributeRequest {
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// VPC唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// 终端节点服务名称。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_name: Option<String>,
    /// 是否自动接受终端节点的连接请求。
    ///
    /// - true：自动接受
    ///
    /// - false：不自动接受
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_accept_flag: Option<bool>,
    /// 后端服务的ID，比如lb-p1hiksdg。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；
    ///
    /// MYSQL可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；
    ///
    /// CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；
    ///
    /// GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_instance_id: Option<String>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl ModifyVpcEndPointServiceAttributeRequest {
    /// The request with its required members (`EndPointServiceId`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        end_point_service_id: impl Into<String>,
        vpc_id: impl Into<String>,
    ) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            vpc_id: vpc_id.into(),
            end_point_service_name: None,
            auto_accept_flag: None,
            service_instance_id: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointServiceAttributeRequest {
    type Action = ModifyVpcEndPointServiceAttribute;
}

/// 修改终端节点服务白名单属性: the request of `ModifyVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointServiceWhiteListRequest {
    /// 用户UIN。可以通过终端节点所在的用户通过登录 腾讯云账号中心控制台获取。
    pub user_uin: String,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 白名单描述信息。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into(),
            end_point_service_id: end_point_service_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointServiceWhiteListRequest {
    type Action = ModifyVpcEndPointServiceWhiteList;
}

/// 修改私有网络对等连接属性: the request of `ModifyVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcPeeringConnectionRequest {
    /// 对等连接ID。
    pub peering_connection_id: String,
    /// 对等连接名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_name: Option<String>,
    /// 带宽上限，单位Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// 计费模式，日峰值POSTPAID_BY_DAY_MAX，月95 POSTPAID_BY_MONTH_95。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
}

impl ModifyVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
            peering_connection_name: None,
            bandwidth: None,
            charge_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcPeeringConnectionRequest {
    type Action = ModifyVpcPeeringConnection;
}

/// 修改VPN通道: the request of `ModifyVpnConnectionAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnConnectionAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnConnectionAttributeRequest {
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
    /// VPN通道名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_name: Option<String>,
    /// 预共享密钥。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_share_key: Option<String>,
    /// SPD策略组，例如：{"10.0.0.5/24":\["172.123.10.5/16"\]}，10.0.0.5/24是vpc内网段，172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_policy_databases: Option<Vec<SecurityPolicyDatabase>>,
    /// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议。
    #[serde(
        rename = "IKEOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSec配置，腾讯云提供IPSec安全会话设置。
    #[serde(
        rename = "IPSECOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// 是否启用通道健康检查，默认为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_health_check: Option<bool>,
    /// 本端通道探测IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_local_ip: Option<String>,
    /// 对端通道探测IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_remote_ip: Option<String>,
    /// 协商类型，默认为active（主动协商）。可选值：active（主动协商），passive（被动协商），flowTrigger（流量协商）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_type: Option<String>,
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_enable: Option<i64>,
    /// DPD超时时间。即探测确认对端不存在需要的时间。dpdEnable为1（开启）时有效。默认30，单位为秒
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_timeout: Option<String>,
    /// DPD超时后的动作。默认为clear。dpdEnable为1（开启）时有效。可取值为clear（断开）和restart（重试）
    ///
    /// 默认值：restart
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_action: Option<String>,
    /// 对端网关ID，4.0及以上网关下的通道支持更新。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_id: Option<String>,
    /// 健康检查配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_config: Option<HealthCheckConfig>,
    /// BGP隧道配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_config: Option<BgpConfig>,
}

impl ModifyVpnConnectionAttributeRequest {
    /// The request with its required members (`VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_connection_id: impl Into<String>) -> Self {
        Self {
            vpn_connection_id: vpn_connection_id.into(),
            vpn_connection_name: None,
            pre_share_key: None,
            security_policy_databases: None,
            ike_options_specification: None,
            ipsec_options_specification: None,
            enable_health_check: None,
            health_check_local_ip: None,
            health_check_remote_ip: None,
            negotiation_type: None,
            dpd_enable: None,
            dpd_timeout: None,
            dpd_action: None,
            customer_gateway_id: None,
            health_check_config: None,
            bgp_config: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnConnectionAttributeRequest {
    type Action = ModifyVpnConnectionAttribute;
}

/// 修改VPN网关属性: the request of `ModifyVpnGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayAttributeRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// VPN网关名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_name: Option<String>,
    /// VPN网关计费模式，目前只支持预付费（即包年包月）到后付费（即按量计费）的转换。即参数只支持：POSTPAID_BY_HOUR。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// BGP ASN。ASN取值范围为1- 4294967295，默认值64551，其中139341、45090和58835不可用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
    /// 服务端最大连接数个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
}

impl ModifyVpnGatewayAttributeRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_gateway_name: None,
            instance_charge_type: None,
            bgp_asn: None,
            max_connection: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayAttributeRequest {
    type Action = ModifyVpnGatewayAttribute;
}

/// 修改VPN网关云联网路由: the request of `ModifyVpnGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayCcnRoutesRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 云联网路由（IDC网段）列表。其中RouteId可通过[DescribeVpnGatewayCcnRoutes](https://cloud.tencent.com/document/product/215/43514)接口获取。
    pub routes: Vec<VpngwCcnRoutes>,
}

impl ModifyVpnGatewayCcnRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpngwCcnRoutes>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayCcnRoutesRequest {
    type Action = ModifyVpnGatewayCcnRoutes;
}

/// 修改VPN路由状态: the request of `ModifyVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayRoutesRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 路由修改参数。
    pub routes: Vec<VpnGatewayRouteModify>,
}

impl ModifyVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpnGatewayRouteModify>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayRoutesRequest {
    type Action = ModifyVpnGatewayRoutes;
}

/// 更新SslVpnClient证书: the request of `ModifyVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID列表。
    pub ssl_vpn_client_ids: Vec<String>,
}

impl ModifyVpnGatewaySslClientCertRequest {
    /// The request with its required members (`SslVpnClientIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_client_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ssl_vpn_client_ids: ssl_vpn_client_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewaySslClientCertRequest {
    type Action = ModifyVpnGatewaySslClientCert;
}

/// 修改SSL-VPN 服务端属性: the request of `ModifyVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewaySslServerRequest {
    /// SSL-VPN SERVER 实例ID
    pub ssl_vpn_server_id: String,
    /// SSL-VPN SERVER NAME
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_server_name: Option<String>,
    /// 本端地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_address: Option<Vec<String>>,
    /// 客户端地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_address: Option<String>,
    /// SSL VPN服务端监听协议。当前仅支持 UDP。默认UDP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_port: Option<i64>,
    /// 加密算法。可选 'AES-128-CBC','AES-192-CBC', 'AES-256-CBC', 默认AES-128-CBC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_algorithm: Option<String>,
    /// 认证算法。可选 'SHA1'，默认SHA1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity_algorithm: Option<String>,
    /// 是否支持压缩。当前不支持压缩。默认False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress: Option<bool>,
    /// 是否开启SSO认证。默认为False。该功能当前需要申请开白使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_enabled: Option<bool>,
    /// SAML-DATA
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_data: Option<String>,
    /// DNS Server地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<DnsServers>,
}

impl ModifyVpnGatewaySslServerRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            ssl_vpn_server_name: None,
            local_address: None,
            remote_address: None,
            ssl_vpn_protocol: None,
            ssl_vpn_port: None,
            encrypt_algorithm: None,
            integrity_algorithm: None,
            compress: None,
            sso_enabled: None,
            saml_data: None,
            dns_servers: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewaySslServerRequest {
    type Action = ModifyVpnGatewaySslServer;
}

/// 发布路由至云联网: the request of `NotifyRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`NotifyRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NotifyRoutesRequest {
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// 路由策略唯一ID。
    pub route_item_ids: Vec<String>,
}

impl NotifyRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteItemIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_item_ids: route_item_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for NotifyRoutesRequest {
    type Action = NotifyRoutes;
}

/// 刷新专线直连NAT路由: the request of `RefreshDirectConnectGatewayRouteToNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RefreshDirectConnectGatewayRouteToNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    /// vpc的ID
    pub vpc_id: String,
    /// NAT网关ID
    pub nat_gateway_id: String,
    /// 是否是预刷新；true:是， false:否
    pub dry_run: bool,
}

impl RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DryRun`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        dry_run: bool,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            dry_run,
        }
    }
}

impl tencent_action::Request for RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    type Action = RefreshDirectConnectGatewayRouteToNatGateway;
}

/// 云联网拒绝关联实例: the request of `RejectAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RejectAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RejectAttachCcnInstancesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 拒绝关联实例列表。
    pub instances: Vec<CcnInstance>,
}

impl RejectAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for RejectAttachCcnInstancesRequest {
    type Action = RejectAttachCcnInstances;
}

/// 驳回对等连接: the request of `RejectVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RejectVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RejectVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl RejectVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for RejectVpcPeeringConnectionRequest {
    type Action = RejectVpcPeeringConnection;
}

/// 释放弹性公网IP: the request of `ReleaseAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseAddressesRequest {
    /// 标识 EIP 的唯一 ID 列表。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。EIP 唯一 ID 形如：`eip-11112222`。
    pub address_ids: Vec<String>,
}

impl ReleaseAddressesRequest {
    /// The request with its required members (`AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReleaseAddressesRequest {
    type Action = ReleaseAddresses;
}

/// 释放弹性公网IPv6: the request of `ReleaseIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIPv6AddressesRequest {
    /// IPv6地址唯一ID。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
}

impl ReleaseIPv6AddressesRequest {
    /// The request with its required members (`IPv6AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReleaseIPv6AddressesRequest {
    type Action = ReleaseIPv6Addresses;
}

/// 关闭IPv6公网带宽: the request of `ReleaseIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIp6AddressesBandwidthRequest {
    /// IPv6地址。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_addresses: Option<Vec<String>>,
    /// IPv6地址对应的唯一ID，形如eip-xxxxxxxx。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
}

impl tencent_action::Request for ReleaseIp6AddressesBandwidthRequest {
    type Action = ReleaseIp6AddressesBandwidth;
}

/// 删除带宽包资源: the request of `RemoveBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveBandwidthPackageResourcesRequest {
    /// 资源唯一ID，当前支持EIP资源和LB资源，形如'eip-xxxx', 'lb-xxxx'。
    ///
    /// - EIP资源列表：可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取。高防EIP、Anycast EIP、精品BGP EIP默认不支持从共享带宽包中移除，其中高防EIP和精品BGP IP可以迁移到其他同线路类型的共享带宽包中。
    ///
    /// - LB资源列表：可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/api/214/30685)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// 带宽包唯一标识ID，形如'bwp-xxxx'，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// 资源类型，可选值：
    ///
    /// - Address：弹性公网IP
    ///
    /// - LoadBalance：负载均衡
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// 用于移除带宽包内IP资源时指定IP的带宽值。
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// 用于移除带宽包内IP资源时指定资源移除后的计费模式。
    ///
    /// - 小时流量：TRAFFIC_POSTPAID_BY_HOUR；
    ///
    /// - 小时带宽：BANDWIDTH_POSTPAID_BY_HOUR
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
}

impl tencent_action::Request for RemoveBandwidthPackageResourcesRequest {
    type Action = RemoveBandwidthPackageResources;
}

/// 删除IPV6转换规则: the request of `RemoveIp6Rules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveIp6Rules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveIp6RulesRequest {
    /// IPV6转换规则所属的转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// 待删除IPV6转换规则，形如rule6-xxxxxxxx
    pub ip6_rule_ids: Vec<String>,
}

impl RemoveIp6RulesRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_ids: ip6_rule_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for RemoveIp6RulesRequest {
    type Action = RemoveIp6Rules;
}

/// 续费包月带宽弹性公网IP: the request of `RenewAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RenewAddressesRequest {
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 续费参数
    pub address_charge_prepaid: AddressChargePrepaid,
}

impl RenewAddressesRequest {
    /// The request with its required members (`AddressIds`, `AddressChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        address_charge_prepaid: AddressChargePrepaid,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            address_charge_prepaid,
        }
    }
}

impl tencent_action::Request for RenewAddressesRequest {
    type Action = RenewAddresses;
}

/// 续费VPN网关: the request of `RenewVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RenewVpnGatewayRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 预付费计费模式。
    pub instance_charge_prepaid: InstanceChargePrepaid,
}

impl RenewVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`, `InstanceChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        instance_charge_prepaid: InstanceChargePrepaid,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            instance_charge_prepaid,
        }
    }
}

impl tencent_action::Request for RenewVpnGatewayRequest {
    type Action = RenewVpnGateway;
}

/// 替换云联网路由传播策略: the request of `ReplaceCcnRouteTableBroadcastPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceCcnRouteTableBroadcastPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceCcnRouteTableBroadcastPolicysRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网路由表ID
    pub route_table_id: String,
    /// 新的路由传播策略
    pub policys: Vec<CcnRouteTableBroadcastPolicy>,
}

impl ReplaceCcnRouteTableBroadcastPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Policys`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        policys: impl IntoIterator<Item = CcnRouteTableBroadcastPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policys: policys.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceCcnRouteTableBroadcastPolicysRequest {
    type Action = ReplaceCcnRouteTableBroadcastPolicys;
}

/// 替换云联网路由接收策略: the request of `ReplaceCcnRouteTableInputPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceCcnRouteTableInputPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceCcnRouteTableInputPolicysRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表ID。
    pub route_table_id: String,
    /// 新的路由接收策略。
    pub policys: Vec<CcnRouteTableInputPolicy>,
}

impl ReplaceCcnRouteTableInputPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Policys`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        policys: impl IntoIterator<Item = CcnRouteTableInputPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policys: policys.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceCcnRouteTableInputPolicysRequest {
    type Action = ReplaceCcnRouteTableInputPolicys;
}

/// 替换专线网关云联网路由: the request of `ReplaceDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceDirectConnectGatewayCcnRoutesRequest {
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// 需要连通的IDC网段列表
    pub routes: Vec<DirectConnectGatewayCcnRoute>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl ReplaceDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = DirectConnectGatewayCcnRoute>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            routes: routes.into_iter().collect(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for ReplaceDirectConnectGatewayCcnRoutesRequest {
    type Action = ReplaceDirectConnectGatewayCcnRoutes;
}

/// 替换高优路由表和子网绑定关系: the request of `ReplaceHighPriorityRouteTableAssociation`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceHighPriorityRouteTableAssociation`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceHighPriorityRouteTableAssociationRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 子网唯一 ID。对于存在子网唯一ID的场景，该参数为必选。对于不存在子网ID的特殊场景，SubnetId和CidrBlock参数至少提供一个，二选一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ReplaceHighPriorityRouteTableAssociationRequest {
    /// The request with its required members (`HighPriorityRouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(high_priority_route_table_id: impl Into<String>) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ReplaceHighPriorityRouteTableAssociationRequest {
    type Action = ReplaceHighPriorityRouteTableAssociation;
}

/// 替换高优路由表条目信息。: the request of `ReplaceHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl ReplaceHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceHighPriorityRoutesRequest {
    type Action = ReplaceHighPriorityRoutes;
}

/// 替换路由接收策略绑定: the request of `ReplaceRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutePolicyAssociationsRequest {
    /// 路由接收策略绑定对象列表。需要指定路由接收策略实例ID（RoutePolicyId）和路由表实例ID（RouteTableId）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl ReplaceRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutePolicyAssociationsRequest {
    type Action = ReplaceRoutePolicyAssociations;
}

/// 替换路由表接收策略条目: the request of `ReplaceRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutePolicyEntriesRequest {
    /// 路由策略实例ID，例如：rrp-azd4dt1c。
    pub route_policy_id: String,
    /// 路由策略规则列表。需要指定路由策略规则ID（RoutePolicyEntryId）。
    pub route_policy_entry_set: Vec<RoutePolicyEntry>,
}

impl ReplaceRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_entry_set: impl IntoIterator<Item = RoutePolicyEntry>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: route_policy_entry_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutePolicyEntriesRequest {
    type Action = ReplaceRoutePolicyEntries;
}

/// 替换路由表绑定关系: the request of `ReplaceRouteTableAssociation`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRouteTableAssociation`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRouteTableAssociationRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 子网实例ID，例如：subnet-3x5lf5q0。可通过DescribeSubnets接口查询。对于存在子网唯一ID的子网，该参数为必选；否则， SubnetId和CidrBlock必选二选一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ReplaceRouteTableAssociationRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ReplaceRouteTableAssociationRequest {
    type Action = ReplaceRouteTableAssociation;
}

/// 替换路由策略: the request of `ReplaceRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutesRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 路由策略对象。需要指定路由策略ID（RouteId）。
    pub routes: Vec<Route>,
}

impl ReplaceRoutesRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutesRequest {
    type Action = ReplaceRoutes;
}

/// 匹配路由接收策略: the request of `ReplaceRoutesWithRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutesWithRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutesWithRoutePolicyRequest {
    /// 路由表实例ID。
    pub route_table_id: String,
    /// 路由策略对象。需要指定路由策略唯一ID（RouteItemId）。
    pub routes: Vec<ReplaceRoutesWithRoutePolicyRoute>,
}

impl ReplaceRoutesWithRoutePolicyRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = ReplaceRoutesWithRoutePolicyRoute>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutesWithRoutePolicyRequest {
    type Action = ReplaceRoutesWithRoutePolicy;
}

/// 批量修改安全组规则: the request of `ReplaceSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceSecurityGroupPoliciesRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组规则集合对象。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// 旧的安全组规则集合对象，当更新优先级时为必选，且修改顺序与SecurityGroupPolicySet参数顺序一一对应，入参长度需要与SecurityGroupPolicySet参数保持一致。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// 更新类型，默认 Policy  Policy：只更新内容  Priority：只更新优先级  Both：内容和优先级都更新
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_type: Option<String>,
}

impl ReplaceSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            original_security_group_policy_set: None,
            update_type: None,
        }
    }
}

impl tencent_action::Request for ReplaceSecurityGroupPoliciesRequest {
    type Action = ReplaceSecurityGroupPolicies;
}

/// 替换单条安全组规则: the request of `ReplaceSecurityGroupPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceSecurityGroupPolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceSecurityGroupPolicyRequest {
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 安全组规则集合对象。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// 旧的安全组规则集合对象，可选，日志记录用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_security_group_policy_set: Option<SecurityGroupPolicySet>,
}

impl ReplaceSecurityGroupPolicyRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            original_security_group_policy_set: None,
        }
    }
}

impl tencent_action::Request for ReplaceSecurityGroupPolicyRequest {
    type Action = ReplaceSecurityGroupPolicy;
}

/// 重新申请关联实例: the request of `ResetAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetAttachCcnInstancesRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// CCN所属UIN（根账号）。
    pub ccn_uin: String,
    /// 重新申请关联网络实例列表。
    pub instances: Vec<CcnInstance>,
}

impl ResetAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `CcnUin`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        ccn_uin: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_uin: ccn_uin.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetAttachCcnInstancesRequest {
    type Action = ResetAttachCcnInstances;
}

/// 重置高优路由表路由: the request of `ResetHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表名称。
    pub name: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl ResetHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `Name`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        name: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            name: name.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetHighPriorityRoutesRequest {
    type Action = ResetHighPriorityRoutes;
}

/// 调整NAT网关并发连接上限: the request of `ResetNatGatewayConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetNatGatewayConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetNatGatewayConnectionRequest {
    /// NAT网关ID。
    pub nat_gateway_id: String,
    /// NAT网关并发连接上限，形如：1000000、3000000、10000000。
    pub max_concurrent_connection: u64,
    /// 独享实例规格。如果要变配到独享实例，此参数必选，取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_type: Option<String>,
}

impl ResetNatGatewayConnectionRequest {
    /// The request with its required members (`NatGatewayId`, `MaxConcurrentConnection`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        max_concurrent_connection: u64,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            max_concurrent_connection,
            exclusive_type: None,
        }
    }
}

impl tencent_action::Request for ResetNatGatewayConnectionRequest {
    type Action = ResetNatGatewayConnection;
}

/// 重置路由策略绑定: the request of `ResetRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutePolicyAssociationsRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 路由策略绑定对象（RoutePolicyAssociation）列表。注意：路由策略绑定中的路由表实例ID（RouteTableId）需要和该接口的RouteTableId参数保持一致（也就是该接口只支持修改同一个路由表实例下的路有策略绑定关系及优先级）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl ResetRoutePolicyAssociationsRequest {
    /// The request with its required members (`RouteTableId`, `RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for ResetRoutePolicyAssociationsRequest {
    type Action = ResetRoutePolicyAssociations;
}

/// 重置路由接收策略条目: the request of `ResetRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutePolicyEntriesRequest {
    /// 路由接收策略实例ID，例如：rrp-azd4dt1c。
    pub route_policy_id: String,
    /// 路由接收策略条目列表。需要指定路由策略条目ID（RoutePolicyEntryId）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
    /// 路由接收策略描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_description: Option<String>,
    /// 路由接收策略名字。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_name: Option<String>,
}

impl ResetRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: None,
            route_policy_description: None,
            route_policy_name: None,
        }
    }
}

impl tencent_action::Request for ResetRoutePolicyEntriesRequest {
    type Action = ResetRoutePolicyEntries;
}

/// 重置路由表名称和路由策略: the request of `ResetRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutesRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 路由表名称，最大长度不能超过60个字节。
    pub route_table_name: String,
    /// 路由策略。
    pub routes: Vec<Route>,
}

impl ResetRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteTableName`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_table_name: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_table_name: route_table_name.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetRoutesRequest {
    type Action = ResetRoutes;
}

/// 更新流量镜像过滤规则: the request of `ResetTrafficMirrorFilter`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorFilter`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorFilterRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像需要过滤的natgw实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// 流量镜像需要过滤的五元组规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl ResetTrafficMirrorFilterRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            nat_id: None,
            collector_normal_filters: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorFilterRequest {
    type Action = ResetTrafficMirrorFilter;
}

/// 重置流量镜像采集对象: the request of `ResetTrafficMirrorSrcs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorSrcs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorSrcsRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像采集对象
    pub collector_srcs: Vec<String>,
}

impl ResetTrafficMirrorSrcsRequest {
    /// The request with its required members (`TrafficMirrorId`, `CollectorSrcs`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        collector_srcs: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            collector_srcs: collector_srcs.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorSrcsRequest {
    type Action = ResetTrafficMirrorSrcs;
}

/// 更新流量镜像接收目的信息: the request of `ResetTrafficMirrorTarget`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorTarget`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorTargetRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像的接收目的信息
    pub collector_target: TrafficMirrorTarget,
    /// 公网IP类型的流量镜像采集流量的发送端所属子网
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ResetTrafficMirrorTargetRequest {
    /// The request with its required members (`TrafficMirrorId`, `CollectorTarget`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        collector_target: TrafficMirrorTarget,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            collector_target,
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorTargetRequest {
    type Action = ResetTrafficMirrorTarget;
}

/// 重置VPN通道: the request of `ResetVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetVpnConnectionRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
}

impl ResetVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
        }
    }
}

impl tencent_action::Request for ResetVpnConnectionRequest {
    type Action = ResetVpnConnection;
}

/// 调整VPN网关带宽上限: the request of `ResetVpnGatewayInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetVpnGatewayInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetVpnGatewayInternetMaxBandwidthRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// 新规格公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：Mbps。VPN网关带宽目前仅支持部分带宽范围内升降配，如【5,100】Mbps和【200,1000】Mbps，在各自带宽范围内可提升配额，跨范围提升配额和降配暂不支持。
    pub internet_max_bandwidth_out: u64,
}

impl ResetVpnGatewayInternetMaxBandwidthRequest {
    /// The request with its required members (`VpnGatewayId`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for ResetVpnGatewayInternetMaxBandwidthRequest {
    type Action = ResetVpnGatewayInternetMaxBandwidth;
}

/// 恢复安全组策略: the request of `ResumeSnapshotInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResumeSnapshotInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResumeSnapshotInstanceRequest {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 快照文件Id。
    pub snapshot_file_id: String,
    /// 实例Id。
    pub instance_id: String,
}

impl ResumeSnapshotInstanceRequest {
    /// The request with its required members (`SnapshotPolicyId`, `SnapshotFileId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        snapshot_file_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            snapshot_file_id: snapshot_file_id.into(),
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for ResumeSnapshotInstanceRequest {
    type Action = ResumeSnapshotInstance;
}

/// 解绑并释放普通公网IP: the request of `ReturnNormalAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReturnNormalAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReturnNormalAddressesRequest {
    /// 普通公网IP 的 IP 地址，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressIps。
    pub address_ips: Vec<String>,
}

impl ReturnNormalAddressesRequest {
    /// The request with its required members (`AddressIps`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ips: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ips: address_ips.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReturnNormalAddressesRequest {
    type Action = ReturnNormalAddresses;
}

/// 设置云联网各地域出带宽上限或地域间上限: the request of `SetCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SetCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetCcnRegionBandwidthLimitsRequest {
    /// CCN实例ID，形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 云联网（CCN）各地域出带宽上限。
    pub ccn_region_bandwidth_limits: Vec<CcnRegionBandwidthLimit>,
    /// 是否恢复云联网地域出口/地域间带宽限速为默认值（1Gbps）。false表示不恢复；true表示恢复。恢复默认值后，限速实例将不在控制台展示。该参数默认为 false，不恢复。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_default_limit_flag: Option<bool>,
}

impl SetCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`, `CcnRegionBandwidthLimits`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        ccn_region_bandwidth_limits: impl IntoIterator<Item = CcnRegionBandwidthLimit>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_region_bandwidth_limits: ccn_region_bandwidth_limits
                .into_iter()
                .collect(),
            set_default_limit_flag: None,
        }
    }
}

impl tencent_action::Request for SetCcnRegionBandwidthLimitsRequest {
    type Action = SetCcnRegionBandwidthLimits;
}

/// 设置VPNGW续费标记: the request of `SetVpnGatewaysRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SetVpnGatewaysRenewFlag`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetVpnGatewaysRenewFlagRequest {
    /// VPNGW字符型ID列表。可通过[DescribeVpnGateways](https://cloud.tencent.com/document/api/215/17514)接口返回值VpnGatewaySet中的VpnGatewayId获取，只能选择包年包月的VPN实例。
    pub vpn_gateway_ids: Vec<String>,
    /// 自动续费标记 \[0, 1, 2\]
    ///
    /// 0表示默认状态(初始状态)， 1表示自动续费，2表示明确不自动续费。
    pub auto_renew_flag: i64,
    /// VPNGW类型\['IPSEC', 'SSL'\]， 默认为IPSEC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl SetVpnGatewaysRenewFlagRequest {
    /// The request with its required members (`VpnGatewayIds`, `AutoRenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_ids: impl IntoIterator<Item = impl Into<String>>,
        auto_renew_flag: i64,
    ) -> Self {
        Self {
            vpn_gateway_ids: vpn_gateway_ids.into_iter().map(Into::into).collect(),
            auto_renew_flag,
            r#type: None,
        }
    }
}

impl tencent_action::Request for SetVpnGatewaysRenewFlagRequest {
    type Action = SetVpnGatewaysRenewFlag;
}

/// 开启流量镜像: the request of `StartTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StartTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartTrafficMirrorRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl StartTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for StartTrafficMirrorRequest {
    type Action = StartTrafficMirror;
}

/// 关闭流量镜像: the request of `StopTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StopTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StopTrafficMirrorRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl StopTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for StopTrafficMirrorRequest {
    type Action = StopTrafficMirror;
}

/// 普通IP转弹性IP: the request of `TransformAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TransformAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TransformAddressRequest {
    /// 待操作有普通公网 IP 的实例 ID。实例 ID 形如：`ins-11112222`。可通过登录[控制台](https://console.cloud.tencent.com/cvm)查询，也可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/9389) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
}

impl TransformAddressRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for TransformAddressRequest {
    type Action = TransformAddress;
}

/// 释放IPv6地址: the request of `UnassignIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6AddressesRequest {
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的`IPv6`地址列表，单次最多指定10个。
    pub ipv6_addresses: Vec<Ipv6Address>,
}

impl UnassignIpv6AddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`, `Ipv6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        ipv6_addresses: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: ipv6_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnassignIpv6AddressesRequest {
    type Action = UnassignIpv6Addresses;
}

/// 释放IPv6网段: the request of `UnassignIpv6CidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6CidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6CidrBlockRequest {
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// `IPv6`网段。形如：`3402:4e00:20:1000::/56`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_cidr_block: Option<String>,
}

impl UnassignIpv6CidrBlockRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_cidr_block: None,
        }
    }
}

impl tencent_action::Request for UnassignIpv6CidrBlockRequest {
    type Action = UnassignIpv6CidrBlock;
}

/// 释放IPv6子网段: the request of `UnassignIpv6SubnetCidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6SubnetCidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6SubnetCidrBlockRequest {
    /// 子网所在私有网络`ID`。形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// `IPv6` 子网段列表。
    pub ipv6_subnet_cidr_blocks: Vec<Ipv6SubnetCidrBlock>,
}

impl UnassignIpv6SubnetCidrBlockRequest {
    /// The request with its required members (`VpcId`, `Ipv6SubnetCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        ipv6_subnet_cidr_blocks: impl IntoIterator<Item = Ipv6SubnetCidrBlock>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_subnet_cidr_blocks: ipv6_subnet_cidr_blocks.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnassignIpv6SubnetCidrBlockRequest {
    type Action = UnassignIpv6SubnetCidrBlock;
}

/// 弹性网卡退还内网 IP: the request of `UnassignPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignPrivateIpAddressesRequest {
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// 指定的内网IP信息，单次最多指定10个。
    pub private_ip_addresses: Vec<PrivateIpAddressSpecification>,
    /// 网卡绑定的子机实例ID，该参数仅用于指定网卡退还IP并解绑子机的场景，如果不涉及解绑子机，请勿填写。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}

impl UnassignPrivateIpAddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: private_ip_addresses.into_iter().collect(),
            instance_id: None,
        }
    }
}

impl tencent_action::Request for UnassignPrivateIpAddressesRequest {
    type Action = UnassignPrivateIpAddresses;
}

/// 安全解锁云联网带宽: the request of `UnlockCcnBandwidths`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnlockCcnBandwidths`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlockCcnBandwidthsRequest {
    /// 带宽实例对象数组。
    pub instances: Vec<CcnFlowLock>,
}

impl UnlockCcnBandwidthsRequest {
    /// The request with its required members (`Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instances: impl IntoIterator<Item = CcnFlowLock>) -> Self {
        Self {
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnlockCcnBandwidthsRequest {
    type Action = UnlockCcnBandwidths;
}

/// 安全解锁云联网实例: the request of `UnlockCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnlockCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlockCcnsRequest {}

impl tencent_action::Request for UnlockCcnsRequest {
    type Action = UnlockCcns;
}

/// 更新流量镜像过滤规则或者采集对象: the request of `UpdateTrafficMirrorAllFilter`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpdateTrafficMirrorAllFilter`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTrafficMirrorAllFilterRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像采集方向
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// 流量镜像采集对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_srcs: Option<Vec<String>>,
    /// 流量镜像需要过滤的natgw实例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// 流量镜像需要过滤的五元组规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl UpdateTrafficMirrorAllFilterRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            direction: None,
            collector_srcs: None,
            nat_id: None,
            collector_normal_filters: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for UpdateTrafficMirrorAllFilterRequest {
    type Action = UpdateTrafficMirrorAllFilter;
}

/// 更新流量镜像采集方向: the request of `UpdateTrafficMirrorDirection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpdateTrafficMirrorDirection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTrafficMirrorDirectionRequest {
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// 流量镜像采集方向。取值范围：
    ///
    /// - EGRESS - 出方向采集
    ///
    /// - INGRESS - 入方向采集
    ///
    /// - ALL - 出入双向采集
    ///
    /// - NO-DIRECTION - 不区分采集方向（新模式）。切换为该模式后将不再支持按方向采集，需通过 CreateTrafficMirrorFilterRules 接口创建带方向的过滤规则，过滤规则支持设置优先级和单独编辑。
    pub direction: String,
}

impl UpdateTrafficMirrorDirectionRequest {
    /// The request with its required members (`TrafficMirrorId`, `Direction`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        direction: impl Into<String>,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            direction: direction.into(),
        }
    }
}

impl tencent_action::Request for UpdateTrafficMirrorDirectionRequest {
    type Action = UpdateTrafficMirrorDirection;
}

/// 升级NAT实例产品版本: the request of `UpgradeNatGatewayProductVersion`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpgradeNatGatewayProductVersion`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpgradeNatGatewayProductVersionRequest {
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// NAT网关的ID，形如：`nat-ig8xpno8`。
    pub nat_gateway_id: String,
    /// 是否热迁移。1表示冷迁移，0表示热迁移，默认值是0。
    pub force: i64,
    /// 是否仅校验迁移可能性。true表示仅校验能否迁移，不做实际迁移。false表示正常迁移。默认值为false。
    ///
    /// 仅校验模式，不报错表示校验迁移成功。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_only_mode: Option<bool>,
}

impl UpgradeNatGatewayProductVersionRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `Force`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        force: i64,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            force,
            check_only_mode: None,
        }
    }
}

impl tencent_action::Request for UpgradeNatGatewayProductVersionRequest {
    type Action = UpgradeNatGatewayProductVersion;
}

/// 从云联网撤销路由: the request of `WithdrawNotifyRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`WithdrawNotifyRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WithdrawNotifyRoutesRequest {
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// 路由策略唯一ID。
    pub route_item_ids: Vec<String>,
}

impl WithdrawNotifyRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteItemIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_item_ids: route_item_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for WithdrawNotifyRoutesRequest {
    type Action = WithdrawNotifyRoutes;
}
