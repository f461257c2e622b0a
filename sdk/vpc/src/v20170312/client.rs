/// The `vpc` 2017-03-12 API: one method per action, each sending the action's request through the wrapped `tencent_action_client::Client` (its credentials, region, endpoint, retries).
#[derive(Debug, Clone)]
pub struct Client {
    inner: tencent_action_client::Client,
}

impl Client {
    /// Wraps a configured client.
    pub fn new(inner: tencent_action_client::Client) -> Self {
        Client { inner }
    }

    /// The wrapped client.
    pub fn inner(&self) -> &tencent_action_client::Client {
        &self.inner
    }

    /// A copy whose calls use these options (region, idempotency, timeouts) over
    /// the wrapped client's: `tencent_action_client::Client::with_options`.
    pub fn with_options(&self, options: tencent_action_client::CallOptions) -> Self {
        Client {
            inner: self.inner.with_options(options),
        }
    }

    /// Accepts instance association to a CCN (云联网接受关联实例): calls `AcceptAttachCcnInstances`.
    ///
    /// This API (AcceptAttachCcnInstances) is used to associate instances across accounts. Cloud Connect Network (CCN) owners accept and agree to the operations.
    ///
    /// 本接口（AcceptAttachCcnInstances）用于跨账号关联实例时，云联网所有者接受并同意关联操作。
    #[allow(deprecated)]
    #[inline]
    pub fn accept_attach_ccn_instances<'a>(
        &'a self,
        request: &'a super::AcceptAttachCcnInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AcceptAttachCcnInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 接受对等连接: calls `AcceptVpcPeeringConnection`.
    ///
    /// 本接口（AcceptVpcPeeringConnection）用于接受对等连接请求。
    #[allow(deprecated)]
    #[inline]
    pub fn accept_vpc_peering_connection<'a>(
        &'a self,
        request: &'a super::AcceptVpcPeeringConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AcceptVpcPeeringConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adds one or more resources to a bandwidth package (添加带宽包资源): calls `AddBandwidthPackageResources`.
    ///
    /// This API is used to add resources to a bandwidth package, including [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), [Cloud Load Balancer](https://intl.cloud.tencent.com/document/product/214/517?from_cn_redirect=1), and so on.
    ///
    /// 接口用于添加带宽包资源，包括[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)和[负载均衡](https://cloud.tencent.com/document/product/214/517)等
    #[allow(deprecated)]
    #[inline]
    pub fn add_bandwidth_package_resources<'a>(
        &'a self,
        request: &'a super::AddBandwidthPackageResourcesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AddBandwidthPackageResources>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 添加IPV6转换规则: calls `AddIp6Rules`.
    ///
    /// 1. 该接口用于在转换实例下添加IPV6转换规则。
    ///
    /// 2. 支持在同一个转换实例下批量添加转换规则，一个账户在一个地域最多50个。
    ///
    /// 3. 一个完整的转换规则包括vip6:vport6:protocol:vip:vport，其中vip6:vport6:protocol必须是唯一。
    #[allow(deprecated)]
    #[inline]
    pub fn add_ip6_rules<'a>(
        &'a self,
        request: &'a super::AddIp6RulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AddIp6Rules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adds a parameter template (增加模板对象成员): calls `AddTemplateMember`.
    ///
    /// This API is used to add a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
    ///
    /// 增加模板对象中的IP地址、协议端口、IP地址组、协议端口组。
    #[allow(deprecated)]
    #[inline]
    pub fn add_template_member<'a>(
        &'a self,
        request: &'a super::AddTemplateMemberRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AddTemplateMember>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Changes public IPs (更换公网IP): calls `AdjustPublicAddress`.
    ///
    /// This API is used to change the public IP of a CVM or the EIP of the associated bandwidth package.
    ///
    /// 本接口 (AdjustPublicAddress) 用于更换IP地址，支持更换CVM实例的普通公网IP和包月带宽的EIP。
    #[allow(deprecated)]
    #[inline]
    pub fn adjust_public_address<'a>(
        &'a self,
        request: &'a super::AdjustPublicAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AdjustPublicAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an EIP (创建弹性公网IP): calls `AllocateAddresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn allocate_addresses<'a>(
        &'a self,
        request: &'a super::AllocateAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AllocateAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an EIPv6 (创建弹性公网IPv6): calls `AllocateIPv6Addresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn allocate_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::AllocateIPv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AllocateIPv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Allocates the IPv6 public network bandwidth (开通IPv6公网带宽): calls `AllocateIp6AddressesBandwidth`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn allocate_ip6_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::AllocateIp6AddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AllocateIp6AddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Assigns an IPv6 address (分配IPv6地址): calls `AssignIpv6Addresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn assign_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::AssignIpv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssignIpv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Assigns an IPv6 IP range (分配IPv6网段): calls `AssignIpv6CidrBlock`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn assign_ipv6_cidr_block<'a>(
        &'a self,
        request: &'a super::AssignIpv6CidrBlockRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssignIpv6CidrBlock>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Assigns an IPv6 subnet IP range (分配IPv6子网段): calls `AssignIpv6SubnetCidrBlock`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn assign_ipv6_subnet_cidr_block<'a>(
        &'a self,
        request: &'a super::AssignIpv6SubnetCidrBlockRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssignIpv6SubnetCidrBlock>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Applies for private IPs for an ENI (弹性网卡申请内网 IP): calls `AssignPrivateIpAddresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn assign_private_ip_addresses<'a>(
        &'a self,
        request: &'a super::AssignPrivateIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssignPrivateIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binds an Elastic IP (绑定弹性公网IP): calls `AssociateAddress`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn associate_address<'a>(
        &'a self,
        request: &'a super::AssociateAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DhcpIp绑定EIP: calls `AssociateDhcpIpWithAddressIp`.
    ///
    /// 本接口（AssociateDhcpIpWithAddressIp）用于DhcpIp绑定弹性公网IP（EIP）。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn associate_dhcp_ip_with_address_ip<'a>(
        &'a self,
        request: &'a super::AssociateDhcpIpWithAddressIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateDhcpIpWithAddressIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binds a direct connect gateway to a NAT Gateway (专线网关绑定NAT网关): calls `AssociateDirectConnectGatewayNatGateway`.
    ///
    /// This API is used to bind a direct connect gateway with a NAT gateway,  and direct its default route to the NAT Gateway.
    ///
    /// 将专线网关与NAT网关绑定，专线网关默认路由指向NAT网关
    #[allow(deprecated)]
    #[inline]
    pub fn associate_direct_connect_gateway_nat_gateway<'a>(
        &'a self,
        request: &'a super::AssociateDirectConnectGatewayNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateDirectConnectGatewayNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// HAVIP绑定子机或网卡: calls `AssociateHaVipInstance`.
    ///
    /// 本接口（AssociateHaVipInstance）用于HAVIP绑定子机或网卡（限制HaVip的漂移范围）。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_ha_vip_instance<'a>(
        &'a self,
        request: &'a super::AssociateHaVipInstanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateHaVipInstance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binds an EIPv6 (绑定弹性公网IPv6): calls `AssociateIPv6Address`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn associate_ipv6_address<'a>(
        &'a self,
        request: &'a super::AssociateIPv6AddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateIPv6Address>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 关联云联网实例到指定的云联网路由表: calls `AssociateInstancesToCcnRouteTable`.
    ///
    /// 本接口（AssociateInstancesToCcnRouteTable）用于将指定的云联网实例关联到指定的云联网路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_instances_to_ccn_route_table<'a>(
        &'a self,
        request: &'a super::AssociateInstancesToCcnRouteTableRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateInstancesToCcnRouteTable>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binds an EIP to a NAT gateway (NAT网关绑定弹性IP): calls `AssociateNatGatewayAddress`.
    ///
    /// This API is used to bind an EIP to a NAT gateway.
    ///
    /// 本接口(AssociateNatGatewayAddress)用于NAT网关绑定弹性IP（EIP）。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_nat_gateway_address<'a>(
        &'a self,
        request: &'a super::AssociateNatGatewayAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateNatGatewayAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Associates a network ACL with subnets (网络ACL关联子网): calls `AssociateNetworkAclSubnets`.
    ///
    /// This API is used to associate a network ACL with subnets in a VPC instance.
    ///
    /// 本接口（AssociateNetworkAclSubnets）用于网络ACL关联VPC下的子网。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_network_acl_subnets<'a>(
        &'a self,
        request: &'a super::AssociateNetworkAclSubnetsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateNetworkAclSubnets>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Attaches a security group to an ENI. (弹性网卡绑定安全组): calls `AssociateNetworkInterfaceSecurityGroups`.
    ///
    /// This API (AssociateNetworkInterfaceSecurityGroups) is used to attach a security group to an ENI.
    ///
    /// 本接口（AssociateNetworkInterfaceSecurityGroups）用于弹性网卡绑定安全组（SecurityGroup）。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_network_interface_security_groups<'a>(
        &'a self,
        request: &'a super::AssociateNetworkInterfaceSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateNetworkInterfaceSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Associates an instance with a CCN (云联网关联实例): calls `AttachCcnInstances`.
    ///
    /// This API is used to add a network instance to a CCN instance. Network instances include VPCs and Direct Connect gateways.
    ///
    /// The number of network instances that each CCN can be associated with is limited. For more information, see the product documentation. If you need to associate more instances, please submit a ticket.
    ///
    /// 本接口（AttachCcnInstances）用于将网络实例加载到云联网实例中，网络实例包括VPC和专线网关。
    ///
    /// 每个云联网能够关联的网络实例个数是有限的，详情请参考产品文档。如果需要扩充请联系在线客服。
    #[allow(deprecated)]
    #[inline]
    pub fn attach_ccn_instances<'a>(
        &'a self,
        request: &'a super::AttachCcnInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachCcnInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a Classiclink (创建基础网络互通): calls `AttachClassicLinkVpc`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn attach_classic_link_vpc<'a>(
        &'a self,
        request: &'a super::AttachClassicLinkVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachClassicLinkVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binds an ENI to a CVM (弹性网卡绑定云服务器): calls `AttachNetworkInterface`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn attach_network_interface<'a>(
        &'a self,
        request: &'a super::AttachNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Associates a snapshot policy with specified instances (快照策略关联实例): calls `AttachSnapshotInstances`.
    ///
    /// This API is used to associate a snapshot policy with specified instances.
    ///
    /// 本接口（AttachSnapshotInstances）用于快照策略关联实例。
    #[allow(deprecated)]
    #[inline]
    pub fn attach_snapshot_instances<'a>(
        &'a self,
        request: &'a super::AttachSnapshotInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachSnapshotInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Performs a compliance audit (合规化审批): calls `AuditCrossBorderCompliance`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn audit_cross_border_compliance<'a>(
        &'a self,
        request: &'a super::AuditCrossBorderComplianceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AuditCrossBorderCompliance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Checks secondary CIDR block overlaps (检查辅助CIDR冲突): calls `CheckAssistantCidr`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn check_assistant_cidr<'a>(
        &'a self,
        request: &'a super::CheckAssistantCidrRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CheckAssistantCidr>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 预判是否可建默认子网: calls `CheckDefaultSubnet`.
    ///
    /// 本接口（CheckDefaultSubnet）用于预判是否可建默认子网。
    #[allow(deprecated)]
    #[inline]
    pub fn check_default_subnet<'a>(
        &'a self,
        request: &'a super::CheckDefaultSubnetRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CheckDefaultSubnet>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询网关是否启用流量监控: calls `CheckGatewayFlowMonitor`.
    ///
    /// 本接口（CheckGatewayFlowMonitor）用于查询网关是否启用流量监控。
    #[allow(deprecated)]
    #[inline]
    pub fn check_gateway_flow_monitor<'a>(
        &'a self,
        request: &'a super::CheckGatewayFlowMonitorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CheckGatewayFlowMonitor>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// CheckNetDetectState (验证网络探测): calls `CheckNetDetectState`.
    ///
    /// This API is used to verify the network detection status.
    ///
    /// 本接口（CheckNetDetectState）用于验证网络探测。
    #[allow(deprecated)]
    #[inline]
    pub fn check_net_detect_state<'a>(
        &'a self,
        request: &'a super::CheckNetDetectStateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CheckNetDetectState>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Checks the collector and receiver for traffic mirroring (检查流量镜像的采集端接收端): calls `CheckTrafficMirror`.
    ///
    /// This API is used to check the collector and receiver for traffic mirroring (public IP address type).
    ///
    /// 检查流量镜像的采集端接收端（公网IP类型）
    #[allow(deprecated)]
    #[inline]
    pub fn check_traffic_mirror<'a>(
        &'a self,
        request: &'a super::CheckTrafficMirrorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CheckTrafficMirror>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 清空云联网路由表选择策略: calls `ClearRouteTableSelectionPolicies`.
    ///
    /// 本接口（ClearRouteTableSelectionPolicies）用于清空指定云联网的路由表选择策略。
    #[allow(deprecated)]
    #[inline]
    pub fn clear_route_table_selection_policies<'a>(
        &'a self,
        request: &'a super::ClearRouteTableSelectionPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ClearRouteTableSelectionPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Clones an security group (克隆安全组): calls `CloneSecurityGroup`.
    ///
    /// This API is used to create a security group with the same rule configurations as an existing security group. The cloning only copies the security group and its rules, but not the security group tags.
    ///
    /// 本接口（CloneSecurityGroup）用于根据存量的安全组，克隆创建出同样规则配置的安全组。默认仅克隆安全组及其规则信息，可通过入参开启克隆安全组标签信息。
    #[allow(deprecated)]
    #[inline]
    pub fn clone_security_group<'a>(
        &'a self,
        request: &'a super::CloneSecurityGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CloneSecurityGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an IP address template (创建IP地址模板): calls `CreateAddressTemplate`.
    ///
    /// This API is used to create an IP address template.
    ///
    /// 本接口（CreateAddressTemplate）用于创建IP地址模板。
    #[allow(deprecated)]
    #[inline]
    pub fn create_address_template<'a>(
        &'a self,
        request: &'a super::CreateAddressTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateAddressTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an IP address template group (创建IP地址模板集合): calls `CreateAddressTemplateGroup`.
    ///
    /// This API is used to create an IP address template group.
    ///
    /// 本接口（CreateAddressTemplateGroup）用于创建IP地址模板集合。
    #[allow(deprecated)]
    #[inline]
    pub fn create_address_template_group<'a>(
        &'a self,
        request: &'a super::CreateAddressTemplateGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateAddressTemplateGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an ENI and binds it to a CVM (创建弹性网卡并绑定云服务器): calls `CreateAndAttachNetworkInterface`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_and_attach_network_interface<'a>(
        &'a self,
        request: &'a super::CreateAndAttachNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateAndAttachNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a secondary CIDR block (创建辅助CIDR): calls `CreateAssistantCidr`.
    ///
    /// This API is used to batch create secondary CIDR blocks.
    ///
    /// 本接口（CreateAssistantCidr）用于批量创建辅助CIDR。
    #[allow(deprecated)]
    #[inline]
    pub fn create_assistant_cidr<'a>(
        &'a self,
        request: &'a super::CreateAssistantCidrRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateAssistantCidr>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a bandwidth package (创建共享带宽包): calls `CreateBandwidthPackage`.
    ///
    /// This API is used to create a [device bandwidth package](https://intl.cloud.tencent.com/document/product/684/15245?from_cn_redirect=1#bwptype) or an [IP bandwidth package](https://intl.cloud.tencent.com/document/product/684/15245?from_cn_redirect=1#bwptype).
    ///
    /// 本接口 (CreateBandwidthPackage) 支持创建[设备带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)和[IP带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)。
    #[allow(deprecated)]
    #[inline]
    pub fn create_bandwidth_package<'a>(
        &'a self,
        request: &'a super::CreateBandwidthPackageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateBandwidthPackage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a CCN (创建CCN): calls `CreateCcn`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_ccn<'a>(
        &'a self,
        request: &'a super::CreateCcnRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCcn>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建云联网策略路由下一跳: calls `CreateCcnPolicyBasedRoutingNextHop`.
    ///
    /// 创建云联网策略路由下一跳
    #[allow(deprecated)]
    #[inline]
    pub fn create_ccn_policy_based_routing_next_hop<'a>(
        &'a self,
        request: &'a super::CreateCcnPolicyBasedRoutingNextHopRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCcnPolicyBasedRoutingNextHop>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 批量创建云联网策略路由匹配规则: calls `CreateCcnPolicyBasedRoutingRules`.
    ///
    /// 创建云联网策略路由匹配规则
    #[allow(deprecated)]
    #[inline]
    pub fn create_ccn_policy_based_routing_rules<'a>(
        &'a self,
        request: &'a super::CreateCcnPolicyBasedRoutingRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCcnPolicyBasedRoutingRules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 新建云联网路由表: calls `CreateCcnRouteTables`.
    ///
    /// 本接口（CreateCcnRouteTables）用于给指定的云联网实例新建路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn create_ccn_route_tables<'a>(
        &'a self,
        request: &'a super::CreateCcnRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCcnRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建 IDC 通道: calls `CreateCdcLDCXList`.
    ///
    /// 创建 IDC 通道
    #[allow(deprecated)]
    #[inline]
    pub fn create_cdc_ldcx_list<'a>(
        &'a self,
        request: &'a super::CreateCdcLDCXListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCdcLDCXList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建虚拟连接: calls `CreateCdcNetPlanes`.
    ///
    /// 创建虚拟连接，用于支持 CDC 多租户模式
    #[allow(deprecated)]
    #[inline]
    pub fn create_cdc_net_planes<'a>(
        &'a self,
        request: &'a super::CreateCdcNetPlanesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCdcNetPlanes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a customer gateway (创建对端网关): calls `CreateCustomerGateway`.
    ///
    /// This API (CreateCustomerGateway) is used to create customer gateways.
    ///
    /// 本接口（CreateCustomerGateway）用于创建对端网关。
    #[allow(deprecated)]
    #[inline]
    pub fn create_customer_gateway<'a>(
        &'a self,
        request: &'a super::CreateCustomerGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateCustomerGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建默认安全组: calls `CreateDefaultSecurityGroup`.
    ///
    /// 本接口（CreateDefaultSecurityGroup）用于创建（如果项目下未存在默认安全组，则创建；已存在则获取。）默认安全组（SecurityGroup）。
    ///
    /// * 每个账户下每个地域的每个项目的[安全组数量限制](https://cloud.tencent.com/document/product/213/12453)。
    ///
    /// * 默认安全组会放通所有IPv4规则，在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
    ///
    /// * 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
    #[allow(deprecated)]
    #[inline]
    pub fn create_default_security_group<'a>(
        &'a self,
        request: &'a super::CreateDefaultSecurityGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDefaultSecurityGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a default VPC and subnets (创建默认VPC和默认子网): calls `CreateDefaultVpc`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_default_vpc<'a>(
        &'a self,
        request: &'a super::CreateDefaultVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDefaultVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建DhcpIp: calls `CreateDhcpIp`.
    ///
    /// 本接口（CreateDhcpIp）用于创建DhcpIp。
    #[allow(deprecated)]
    #[inline]
    pub fn create_dhcp_ip<'a>(
        &'a self,
        request: &'a super::CreateDhcpIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDhcpIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a direct connect gateway (创建专线网关): calls `CreateDirectConnectGateway`.
    ///
    /// This API is used to create a direct connect gateway.
    ///
    /// 本接口（CreateDirectConnectGateway）用于创建专线网关。
    #[allow(deprecated)]
    #[inline]
    pub fn create_direct_connect_gateway<'a>(
        &'a self,
        request: &'a super::CreateDirectConnectGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDirectConnectGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates the CCN route of a Direct Connect gateway (创建专线网关云联网路由): calls `CreateDirectConnectGatewayCcnRoutes`.
    ///
    /// This API (CreateDirectConnectGatewayCcnRoutes) is used to create the CCN route (IDC IP range) of a Direct Connect gateway.
    ///
    /// 本接口（CreateDirectConnectGatewayCcnRoutes）用于创建专线网关的云联网路由（IDC网段）
    #[allow(deprecated)]
    #[inline]
    pub fn create_direct_connect_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::CreateDirectConnectGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDirectConnectGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a flow log (创建流日志): calls `CreateFlowLog`.
    ///
    /// This API is used to create a flow log.
    ///
    /// 本接口（CreateFlowLog）用于创建网络流日志。
    #[allow(deprecated)]
    #[inline]
    pub fn create_flow_log<'a>(
        &'a self,
        request: &'a super::CreateFlowLogRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateFlowLog>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建全局路由: calls `CreateGlobalRoutes`.
    ///
    /// 本接口（CreateGlobalRoutes）用于创建全局路由。
    #[allow(deprecated)]
    #[inline]
    pub fn create_global_routes<'a>(
        &'a self,
        request: &'a super::CreateGlobalRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateGlobalRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates the HAVIP (创建HAVIP): calls `CreateHaVip`.
    ///
    /// This API is used to create a highly available virtual IP (HAVIP).
    ///
    /// 本接口（CreateHaVip）用于创建高可用虚拟IP（HAVIP）。
    #[allow(deprecated)]
    #[inline]
    pub fn create_ha_vip<'a>(
        &'a self,
        request: &'a super::CreateHaVipRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateHaVip>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建高优路由表: calls `CreateHighPriorityRouteTable`.
    ///
    /// 高优路由表创建
    #[allow(deprecated)]
    #[inline]
    pub fn create_high_priority_route_table<'a>(
        &'a self,
        request: &'a super::CreateHighPriorityRouteTableRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateHighPriorityRouteTable>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建高优路由表条目: calls `CreateHighPriorityRoutes`.
    ///
    /// 创建高优路由表条目。
    #[allow(deprecated)]
    #[inline]
    pub fn create_high_priority_routes<'a>(
        &'a self,
        request: &'a super::CreateHighPriorityRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateHighPriorityRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建IPV6转换IPV4实例: calls `CreateIp6Translators`.
    ///
    /// 1. 该接口用于创建IPV6转换IPV4实例，支持批量
    ///
    /// 2. 同一个账户在一个地域最多允许创建10个转换实例
    #[allow(deprecated)]
    #[inline]
    pub fn create_ip6_translators<'a>(
        &'a self,
        request: &'a super::CreateIp6TranslatorsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateIp6Translators>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a local gateway (创建本地网关): calls `CreateLocalGateway`.
    ///
    /// This API is used to create a local gateway for a CDC instance.
    ///
    /// 本接口（CreateLocalGateway）用于创建用于CDC的本地网关。
    #[allow(deprecated)]
    #[inline]
    pub fn create_local_gateway<'a>(
        &'a self,
        request: &'a super::CreateLocalGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateLocalGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a NAT gateway (创建NAT网关): calls `CreateNatGateway`.
    ///
    /// This API is used to create a NAT Gateway.
    ///
    /// Before taking actions on a NAT gateway, ensure that it has been successfully created, namely, the `State` field in the response of the `DescribeNatGateway` API is `AVAILABLE`.
    ///
    /// 本接口(CreateNatGateway)用于创建NAT网关。
    ///
    /// 在对新建的NAT网关做其他操作前，需先确认此网关已被创建完成（DescribeNatGateway接口返回的实例State字段为AVAILABLE）。
    #[allow(deprecated)]
    #[inline]
    pub fn create_nat_gateway<'a>(
        &'a self,
        request: &'a super::CreateNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates the port forwarding rule of a NAT gateway (创建NAT网关端口转发规则): calls `CreateNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// This API is used to create the port forwarding rules of a NAT gateway.
    ///
    /// 本接口(CreateNatGatewayDestinationIpPortTranslationNatRule)用于创建NAT网关端口转发规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::CreateNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::CreateNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates SNAT rules for a NAT gateway (创建NAT网关SNAT规则): calls `CreateNatGatewaySourceIpTranslationNatRule`.
    ///
    /// This API is used to create SNAT rules for a NAT gateway.
    ///
    /// 本接口(CreateNatGatewaySourceIpTranslationNatRule)用于创建NAT网关SNAT规则
    #[allow(deprecated)]
    #[inline]
    pub fn create_nat_gateway_source_ip_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::CreateNatGatewaySourceIpTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNatGatewaySourceIpTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// CreateNetDetect (创建网络探测): calls `CreateNetDetect`.
    ///
    /// This API is used to create a network probe.
    ///
    /// 本接口（CreateNetDetect）用于创建网络探测。
    #[allow(deprecated)]
    #[inline]
    pub fn create_net_detect<'a>(
        &'a self,
        request: &'a super::CreateNetDetectRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNetDetect>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a network ACL (创建网络ACL): calls `CreateNetworkAcl`.
    ///
    /// This API is used to create a [network ACL](https://intl.cloud.tencent.com/document/product/215/20088?from_cn_redirect=1).
    ///
    /// * The inbound and outbound rules for a new network ACL are "Deny All" by default. You need to call `ModifyNetworkAclEntries` to set rules for the new network ACL as needed.
    ///
    /// 本接口（CreateNetworkAcl）用于创建新的[网络ACL](https://cloud.tencent.com/document/product/215/20088)。
    ///
    /// * 新建的网络ACL的入站和出站规则默认都是全部拒绝，在创建后通常您需要再调用ModifyNetworkAclEntries将网络ACL的规则设置为需要的规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_network_acl<'a>(
        &'a self,
        request: &'a super::CreateNetworkAclRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNetworkAcl>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 增量添加网络ACL三元组规则接口: calls `CreateNetworkAclEntries`.
    ///
    /// 本接口（CreateNetworkAclEntries）用于增量添加网络ACL三元组的入站规则和出站规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_network_acl_entries<'a>(
        &'a self,
        request: &'a super::CreateNetworkAclEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNetworkAclEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adds rules of the network ACL quintuple (增量添加网络ACL五元组规则接口): calls `CreateNetworkAclQuintupleEntries`.
    ///
    /// This API is used to add one or more in/outbound rules of the network ACL quintuple.
    ///
    /// 本接口（CreateNetworkAclQuintupleEntries）用于增量网络ACL五元组的入站规则和出站规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_network_acl_quintuple_entries<'a>(
        &'a self,
        request: &'a super::CreateNetworkAclQuintupleEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNetworkAclQuintupleEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an ENI (创建弹性网卡): calls `CreateNetworkInterface`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_network_interface<'a>(
        &'a self,
        request: &'a super::CreateNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建私网NAT网关: calls `CreatePrivateNatGateway`.
    ///
    /// 本接口（CreatePrivateNatGateway）用于创建私网NAT网关。
    #[allow(deprecated)]
    #[inline]
    pub fn create_private_nat_gateway<'a>(
        &'a self,
        request: &'a super::CreatePrivateNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreatePrivateNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建私网NAT网关目的端口转换规则: calls `CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// 本接口（CreatePrivateNatGatewayDestinationIpPortTranslationNatRule）用于创建私网NAT网关目的端口转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn create_private_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::CreatePrivateNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建私网NAT网关源端转换访问控制规则: calls `CreatePrivateNatGatewayTranslationAclRule`.
    ///
    /// 本接口（ CreatePrivateNatGatewayTranslationAclRule）用于创建私网NAT网关源端转换访问控制规则
    #[allow(deprecated)]
    #[inline]
    pub fn create_private_nat_gateway_translation_acl_rule<'a>(
        &'a self,
        request: &'a super::CreatePrivateNatGatewayTranslationAclRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreatePrivateNatGatewayTranslationAclRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建私网NAT网关源端转换规则: calls `CreatePrivateNatGatewayTranslationNatRule`.
    ///
    /// 本接口（CreatePrivateNatGatewayTranslationNatRule）用于创建私网NAT网关源端转换规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_private_nat_gateway_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::CreatePrivateNatGatewayTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreatePrivateNatGatewayTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a reserved private IP address (创建保留内网IP): calls `CreateReserveIpAddresses`.
    ///
    /// This API is used to create a reserved private IP address.
    ///
    /// 创建内网保留IP
    #[allow(deprecated)]
    #[inline]
    pub fn create_reserve_ip_addresses<'a>(
        &'a self,
        request: &'a super::CreateReserveIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateReserveIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Create a routing policy and policy entry (创建路由策略及策略条目。): calls `CreateRoutePolicy`.
    ///
    /// This API is used to create a VPC route reception policy, including name, description and policy entries.
    ///
    /// 创建VPC路由接收策略，包括名字，描述和策略条目。
    #[allow(deprecated)]
    #[inline]
    pub fn create_route_policy<'a>(
        &'a self,
        request: &'a super::CreateRoutePolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRoutePolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a route reception policy binding (创建路由接收策略绑定): calls `CreateRoutePolicyAssociations`.
    ///
    /// This API is used to create route reception policy bindings (the binding relationship between policy instances and route table instances as well as set priorities).
    ///
    /// 本接口（CreateRoutePolicyAssociations）用于创建路由接收策略绑定(路由策略实例和路由表实例的绑定关系以及绑定优先级)。
    #[allow(deprecated)]
    #[inline]
    pub fn create_route_policy_associations<'a>(
        &'a self,
        request: &'a super::CreateRoutePolicyAssociationsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRoutePolicyAssociations>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Create a route reception policy entry (创建路由接收策略条目): calls `CreateRoutePolicyEntries`.
    ///
    /// This API is used to create route reception policy entries.
    ///
    /// 本接口（CreateRoutePolicyEntries）用于创建路由接收策略条目。
    #[allow(deprecated)]
    #[inline]
    pub fn create_route_policy_entries<'a>(
        &'a self,
        request: &'a super::CreateRoutePolicyEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRoutePolicyEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a route table (创建路由表): calls `CreateRouteTable`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_route_table<'a>(
        &'a self,
        request: &'a super::CreateRouteTableRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRouteTable>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a routing policy (创建路由策略): calls `CreateRoutes`.
    ///
    /// This API is used to create routes.
    ///
    /// * You can batch add routes to a specified route table.
    ///
    /// 本接口（CreateRoutes）用于创建路由策略。
    ///
    /// * 向指定路由表批量新增路由策略。
    #[allow(deprecated)]
    #[inline]
    pub fn create_routes<'a>(
        &'a self,
        request: &'a super::CreateRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a security group (创建安全组): calls `CreateSecurityGroup`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_security_group<'a>(
        &'a self,
        request: &'a super::CreateSecurityGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSecurityGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adds policies to a security group (安全组添加规则): calls `CreateSecurityGroupPolicies`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_security_group_policies<'a>(
        &'a self,
        request: &'a super::CreateSecurityGroupPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSecurityGroupPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates security groups and policies (创建安全组和规则): calls `CreateSecurityGroupWithPolicies`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_security_group_with_policies<'a>(
        &'a self,
        request: &'a super::CreateSecurityGroupWithPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSecurityGroupWithPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a protocol port template (创建协议端口模板): calls `CreateServiceTemplate`.
    ///
    /// This API (CreateServiceTemplate) is used to create a protocol port template.
    ///
    /// 本接口（CreateServiceTemplate）用于创建协议端口模板。
    #[allow(deprecated)]
    #[inline]
    pub fn create_service_template<'a>(
        &'a self,
        request: &'a super::CreateServiceTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateServiceTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a protocol port template group (创建协议端口模板集合): calls `CreateServiceTemplateGroup`.
    ///
    /// This API (CreateServiceTemplateGroup) is used to create a protocol port template group.
    ///
    /// 本接口（CreateServiceTemplateGroup）用于创建协议端口模板集合。
    #[allow(deprecated)]
    #[inline]
    pub fn create_service_template_group<'a>(
        &'a self,
        request: &'a super::CreateServiceTemplateGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateServiceTemplateGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates snapshot policies (创建快照策略): calls `CreateSnapshotPolicies`.
    ///
    /// This API is used to create snapshot policies.
    ///
    /// 本接口（CreateSnapshotPolicies）用于创建快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn create_snapshot_policies<'a>(
        &'a self,
        request: &'a super::CreateSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a subnet (创建子网): calls `CreateSubnet`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_subnet<'a>(
        &'a self,
        request: &'a super::CreateSubnetRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSubnet>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates subnets in batches (批量创建子网): calls `CreateSubnets`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_subnets<'a>(
        &'a self,
        request: &'a super::CreateSubnetsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSubnets>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates traffic mirroring (创建流量镜像): calls `CreateTrafficMirror`.
    ///
    /// This API is used to create a traffic mirroring instance.
    ///
    /// 本接口（CreateTrafficMirror）用于创建流量镜像实例。
    #[allow(deprecated)]
    #[inline]
    pub fn create_traffic_mirror<'a>(
        &'a self,
        request: &'a super::CreateTrafficMirrorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateTrafficMirror>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建流量镜像过滤规则。: calls `CreateTrafficMirrorFilterRules`.
    ///
    /// 创建流量镜像五元组过滤规则。
    #[allow(deprecated)]
    #[inline]
    pub fn create_traffic_mirror_filter_rules<'a>(
        &'a self,
        request: &'a super::CreateTrafficMirrorFilterRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateTrafficMirrorFilterRules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建共享流量包: calls `CreateTrafficPackages`.
    ///
    /// 本接口 (CreateTrafficPackages) 用于创建共享流量包。
    #[allow(deprecated)]
    #[inline]
    pub fn create_traffic_packages<'a>(
        &'a self,
        request: &'a super::CreateTrafficPackagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateTrafficPackages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a VPC (创建VPC): calls `CreateVpc`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpc<'a>(
        &'a self,
        request: &'a super::CreateVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an endpoint (创建终端节点): calls `CreateVpcEndPoint`.
    ///
    /// This API is used to create an endpoint.
    ///
    /// 本接口（CreateVpcEndPoint）用于创建终端节点。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpc_end_point<'a>(
        &'a self,
        request: &'a super::CreateVpcEndPointRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpcEndPoint>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an endpoint service (创建终端节点服务): calls `CreateVpcEndPointService`.
    ///
    /// This API is used to create an endpoint service.
    ///
    /// 本接口（CreateVpcEndPointService）用于创建终端节点服务。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpc_end_point_service<'a>(
        &'a self,
        request: &'a super::CreateVpcEndPointServiceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpcEndPointService>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates the endpoint service allowlist (创建终端服务白名单): calls `CreateVpcEndPointServiceWhiteList`.
    ///
    /// This API is used to create the endpoint service allowlist.
    ///
    /// 本接口（CreateVpcEndPointServiceWhiteList）创建终端服务白名单。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpc_end_point_service_white_list<'a>(
        &'a self,
        request: &'a super::CreateVpcEndPointServiceWhiteListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpcEndPointServiceWhiteList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建私有网络对等连接: calls `CreateVpcPeeringConnection`.
    ///
    /// 本接口（CreateVpcPeeringConnection）用于创建私有网络对等连接。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpc_peering_connection<'a>(
        &'a self,
        request: &'a super::CreateVpcPeeringConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpcPeeringConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a VPN tunnel (创建VPN通道): calls `CreateVpnConnection`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpn_connection<'a>(
        &'a self,
        request: &'a super::CreateVpnConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpnConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a VPN gateway (创建VPN网关): calls `CreateVpnGateway`.
    ///
    /// This API (CreateVpnGateway) is used to create a VPN gateway.
    ///
    /// 本接口（CreateVpnGateway）用于创建VPN网关。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpn_gateway<'a>(
        &'a self,
        request: &'a super::CreateVpnGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpnGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates routes of a VPN gateway (创建VPN网关路由): calls `CreateVpnGatewayRoutes`.
    ///
    /// This API is used to create destination routes of a route-based VPN gateway.
    ///
    /// 创建路由型VPN网关的目的路由
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpn_gateway_routes<'a>(
        &'a self,
        request: &'a super::CreateVpnGatewayRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpnGatewayRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建SSL-VPN-CLIENT: calls `CreateVpnGatewaySslClient`.
    ///
    /// 创建SSL-VPN-CLIENT
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpn_gateway_ssl_client<'a>(
        &'a self,
        request: &'a super::CreateVpnGatewaySslClientRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpnGatewaySslClient>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建SSL-VPN Server端: calls `CreateVpnGatewaySslServer`.
    ///
    /// 本接口（CreateVpnGatewaySslServer）用于创建SSL-VPN Server端。
    #[allow(deprecated)]
    #[inline]
    pub fn create_vpn_gateway_ssl_server<'a>(
        &'a self,
        request: &'a super::CreateVpnGatewaySslServerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateVpnGatewaySslServer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an IP address template (删除IP地址模板): calls `DeleteAddressTemplate`.
    ///
    /// This API (DeleteAddressTemplate) is used to delete an IP address template.
    ///
    /// 本接口（DeleteAddressTemplate）用于删除IP地址模板。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_address_template<'a>(
        &'a self,
        request: &'a super::DeleteAddressTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteAddressTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an IP address template group (删除IP地址模板集合): calls `DeleteAddressTemplateGroup`.
    ///
    /// This API (DeleteAddressTemplateGroup) is used to delete an IP address template group.
    ///
    /// 本接口（DeleteAddressTemplateGroup）用于删除IP地址模板集合。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_address_template_group<'a>(
        &'a self,
        request: &'a super::DeleteAddressTemplateGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteAddressTemplateGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a secondary CIDR block (删除辅助CIDR): calls `DeleteAssistantCidr`.
    ///
    /// This API is used to delete a secondary CIDR block.
    ///
    /// 本接口（DeleteAssistantCidr）用于删除辅助CIDR。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_assistant_cidr<'a>(
        &'a self,
        request: &'a super::DeleteAssistantCidrRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteAssistantCidr>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a bandwidth package (删除共享带宽包): calls `DeleteBandwidthPackage`.
    ///
    /// This API is used to delete bandwidth packages, including [device bandwidth packages](https://intl.cloud.tencent.com/document/product/684/15246?from_cn_redirect=1#.E8.AE.BE.E5.A4.87.E5.B8.A6.E5.AE.BD.E5.8C.85) and [IP bandwidth packages](https://intl.cloud.tencent.com/document/product/684/15246?from_cn_redirect=1#ip-.E5.B8.A6.E5.AE.BD.E5.8C.85).
    ///
    /// 接口支持删除共享带宽包，包括[设备带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)和[IP带宽包](https://cloud.tencent.com/document/product/684/15245#bwptype)
    #[allow(deprecated)]
    #[inline]
    pub fn delete_bandwidth_package<'a>(
        &'a self,
        request: &'a super::DeleteBandwidthPackageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteBandwidthPackage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a CCN (删除CCN): calls `DeleteCcn`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ccn<'a>(
        &'a self,
        request: &'a super::DeleteCcnRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCcn>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除云联网策略路由下一跳: calls `DeleteCcnPolicyBasedRoutingNextHop`.
    ///
    /// 删除云联网策略路由下一跳
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ccn_policy_based_routing_next_hop<'a>(
        &'a self,
        request: &'a super::DeleteCcnPolicyBasedRoutingNextHopRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCcnPolicyBasedRoutingNextHop>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除云联网策略路由匹配规则: calls `DeleteCcnPolicyBasedRoutingRule`.
    ///
    /// 删除云联网策略路由匹配规则
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ccn_policy_based_routing_rule<'a>(
        &'a self,
        request: &'a super::DeleteCcnPolicyBasedRoutingRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCcnPolicyBasedRoutingRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除云联网路由表: calls `DeleteCcnRouteTables`.
    ///
    /// 本接口（DeleteCcnRouteTables）用于删除云联网路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ccn_route_tables<'a>(
        &'a self,
        request: &'a super::DeleteCcnRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCcnRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除 IDC通道: calls `DeleteCdcLDCXList`.
    ///
    /// 删除 IDC通道
    #[allow(deprecated)]
    #[inline]
    pub fn delete_cdc_ldcx_list<'a>(
        &'a self,
        request: &'a super::DeleteCdcLDCXListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCdcLDCXList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除虚拟连接: calls `DeleteCdcNetPlanes`.
    ///
    /// 删除虚拟连接
    #[allow(deprecated)]
    #[inline]
    pub fn delete_cdc_net_planes<'a>(
        &'a self,
        request: &'a super::DeleteCdcNetPlanesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCdcNetPlanes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a customer gateway (删除对端网关): calls `DeleteCustomerGateway`.
    ///
    /// This API (DeleteCustomerGateway) is used to delete customer gateways.
    ///
    /// 本接口（DeleteCustomerGateway）用于删除对端网关。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_customer_gateway<'a>(
        &'a self,
        request: &'a super::DeleteCustomerGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteCustomerGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除DhcpIp: calls `DeleteDhcpIp`.
    ///
    /// 本接口（DeleteDhcpIp）用于删除DhcpIp。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_dhcp_ip<'a>(
        &'a self,
        request: &'a super::DeleteDhcpIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteDhcpIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a direct connect gateway (删除专线网关): calls `DeleteDirectConnectGateway`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn delete_direct_connect_gateway<'a>(
        &'a self,
        request: &'a super::DeleteDirectConnectGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteDirectConnectGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes CCN routes of a Direct Connect gateway (删除专线网关云联网路由): calls `DeleteDirectConnectGatewayCcnRoutes`.
    ///
    /// This API (DeleteDirectConnectGatewayCcnRoutes) is used to delete the CCN routes (IDC IP range) of a Direct Connect gateway.
    ///
    /// 本接口（DeleteDirectConnectGatewayCcnRoutes）用于删除专线网关的云联网路由（IDC网段）
    #[allow(deprecated)]
    #[inline]
    pub fn delete_direct_connect_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::DeleteDirectConnectGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteDirectConnectGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a flow log (删除流日志): calls `DeleteFlowLog`.
    ///
    /// This API is used to delete a flow log.
    ///
    /// 本接口（DeleteFlowLog）用于删除流日志。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_flow_log<'a>(
        &'a self,
        request: &'a super::DeleteFlowLogRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteFlowLog>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除全局路由: calls `DeleteGlobalRoutes`.
    ///
    /// 删除全局路由。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_global_routes<'a>(
        &'a self,
        request: &'a super::DeleteGlobalRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteGlobalRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an HAVIP (删除HAVIP): calls `DeleteHaVip`.
    ///
    /// This API is used to delete an HAVIP.
    ///
    /// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
    ///
    /// 本接口（DeleteHaVip）用于删除高可用虚拟IP（HAVIP）。
    ///
    /// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ha_vip<'a>(
        &'a self,
        request: &'a super::DeleteHaVipRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteHaVip>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除高优路由表: calls `DeleteHighPriorityRouteTables`.
    ///
    /// 删除高优路由表
    #[allow(deprecated)]
    #[inline]
    pub fn delete_high_priority_route_tables<'a>(
        &'a self,
        request: &'a super::DeleteHighPriorityRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteHighPriorityRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除高优路由表条目: calls `DeleteHighPriorityRoutes`.
    ///
    /// 删除高优路由表的路由条目。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_high_priority_routes<'a>(
        &'a self,
        request: &'a super::DeleteHighPriorityRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteHighPriorityRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 释放IPV6转换实例: calls `DeleteIp6Translators`.
    ///
    /// 1. 该接口用于释放IPV6转换实例，支持批量。
    ///
    /// 2.  如果IPV6转换实例建立有转换规则，会一并删除。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_ip6_translators<'a>(
        &'a self,
        request: &'a super::DeleteIp6TranslatorsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteIp6Translators>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a local gateway (删除本地网关): calls `DeleteLocalGateway`.
    ///
    /// This API is used to delete the local gateway of a CDC instance.
    ///
    /// 本接口（DeleteLocalGateway）用于删除CDC的本地网关。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_local_gateway<'a>(
        &'a self,
        request: &'a super::DeleteLocalGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteLocalGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a NAT gateway (删除NAT网关): calls `DeleteNatGateway`.
    ///
    /// This API is used to delete a NAT gateway.
    ///
    /// When a NAT gateway is deleted, all routes containing this gateway are deleted automatically, and the elastic IP is unbound.
    ///
    /// 本接口（DeleteNatGateway）用于删除NAT网关。
    ///
    /// 删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项，同时也会解绑弹性公网IP（EIP）。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_nat_gateway<'a>(
        &'a self,
        request: &'a super::DeleteNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes the port forwarding rule of a NAT gateway (删除NAT网关端口转发规则): calls `DeleteNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// This API is used to delete the port forwarding rule of a NAT gateway.
    ///
    /// 本接口（DeleteNatGatewayDestinationIpPortTranslationNatRule）用于删除NAT网关端口转发规则。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DeleteNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a SNAT forwarding rule of a NAT Gateway (删除NAT网关的SNAT转发规则): calls `DeleteNatGatewaySourceIpTranslationNatRule`.
    ///
    /// This API is used to delete a SNAT forwarding rule of a NAT gateway.
    ///
    /// 本接口（DeleteNatGatewaySourceIpTranslationNatRule）用于删除NAT网关端口SNAT转发规则。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_nat_gateway_source_ip_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::DeleteNatGatewaySourceIpTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNatGatewaySourceIpTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DeleteNetDetect (删除网络探测): calls `DeleteNetDetect`.
    ///
    /// This API is used to delete a network probe.
    ///
    /// 本接口（DeleteNetDetect）用于删除网络探测实例。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_net_detect<'a>(
        &'a self,
        request: &'a super::DeleteNetDetectRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNetDetect>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a network ACL (删除网络ACL): calls `DeleteNetworkAcl`.
    ///
    /// This API is used to delete a network ACL.
    ///
    /// 本接口（DeleteNetworkAcl）用于删除网络ACL。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_network_acl<'a>(
        &'a self,
        request: &'a super::DeleteNetworkAclRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNetworkAcl>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除ACL三元组单条规则: calls `DeleteNetworkAclEntries`.
    ///
    /// 本接口（DeleteNetworkAclEntries）用于删除三元组网络ACL的入站规则和出站规则。在NetworkAclEntrySet参数中：
    ///
    /// * 删除IPv4规则，需要传入NetworkAclIpv4EntryId。
    ///
    /// * 删除IPv6规则，需要传入NetworkAclIpv6EntryId。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_network_acl_entries<'a>(
        &'a self,
        request: &'a super::DeleteNetworkAclEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNetworkAclEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes specified rules of the network ACL quintuple. (删除网络ACL五元组指定的部分条目接口。): calls `DeleteNetworkAclQuintupleEntries`.
    ///
    /// This API is used to delete specified in/outbound rules of the network ACL quintuple. In the `NetworkAclQuintupleEntrySet` parameters, `NetworkAclQuintupleEntryId` is required for `NetworkAclQuintupleEntry`.
    ///
    /// 本接口（DeleteNetworkAclQuintupleEntries）用于删除网络ACL五元组指定的入站规则和出站规则（但不是全量删除该ACL下的所有条目）。在NetworkAclQuintupleEntrySet参数中：NetworkAclQuintupleEntry需要提供NetworkAclQuintupleEntryId。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_network_acl_quintuple_entries<'a>(
        &'a self,
        request: &'a super::DeleteNetworkAclQuintupleEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNetworkAclQuintupleEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an ENI (删除弹性网卡): calls `DeleteNetworkInterface`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn delete_network_interface<'a>(
        &'a self,
        request: &'a super::DeleteNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除私网NAT网关: calls `DeletePrivateNatGateway`.
    ///
    /// 本接口（DeletePrivateNatGateway）用于删除私网NAT网关。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_private_nat_gateway<'a>(
        &'a self,
        request: &'a super::DeletePrivateNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeletePrivateNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除私网NAT网关目的端口转换规则: calls `DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// 本接口（DeletePrivateNatGatewayDestinationIpPortTranslationNatRule）用于删除私网NAT网关目的端口转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn delete_private_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DeletePrivateNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除私网NAT网关源端转换访问控制规则: calls `DeletePrivateNatGatewayTranslationAclRule`.
    ///
    /// 本接口（DeletePrivateNatGatewayTranslationAclRule）用于删除私网NAT网关源端转换访问控制规则
    #[allow(deprecated)]
    #[inline]
    pub fn delete_private_nat_gateway_translation_acl_rule<'a>(
        &'a self,
        request: &'a super::DeletePrivateNatGatewayTranslationAclRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeletePrivateNatGatewayTranslationAclRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除私网NAT网关源端转换规则: calls `DeletePrivateNatGatewayTranslationNatRule`.
    ///
    /// 本接口（DeletePrivateNatGatewayTranslationNatRule）用于删除私网NAT网关源端转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn delete_private_nat_gateway_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::DeletePrivateNatGatewayTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeletePrivateNatGatewayTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a reserved private IP address (删除内网保留IP): calls `DeleteReserveIpAddresses`.
    ///
    /// This API is used to delete a reserved private IP address.
    ///
    /// 删除内网保留IP
    #[allow(deprecated)]
    #[inline]
    pub fn delete_reserve_ip_addresses<'a>(
        &'a self,
        request: &'a super::DeleteReserveIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteReserveIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Delete a route reception policy and entries (删除路由接收策略和条目。): calls `DeleteRoutePolicy`.
    ///
    /// This API is used to delete a route reception policy and entries.
    ///
    /// 本接口（DeleteRoutePolicy）用于删除路由接收策略和条目。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_route_policy<'a>(
        &'a self,
        request: &'a super::DeleteRoutePolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteRoutePolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Delete a route reception policy binding (删除路由接收策略绑定): calls `DeleteRoutePolicyAssociations`.
    ///
    /// This API is used to delete route reception policy bindings (the binding relationship between route reception policy objects and route tables).
    ///
    /// 本接口(DeleteRoutePolicyAssociations)用于删除路由接收策略绑定（路由接收策略对象和路由表的绑定关系）。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_route_policy_associations<'a>(
        &'a self,
        request: &'a super::DeleteRoutePolicyAssociationsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteRoutePolicyAssociations>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Delete a route reception policy entry (删除路由接收策略条目): calls `DeleteRoutePolicyEntries`.
    ///
    /// This API is used to delete route reception policy entries.
    ///
    /// 本接口(DeleteRoutePolicyEntries)用于删除路由接收策略条目。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_route_policy_entries<'a>(
        &'a self,
        request: &'a super::DeleteRoutePolicyEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteRoutePolicyEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a route table (删除路由表): calls `DeleteRouteTable`.
    ///
    /// This API is used to delete a route table.
    ///
    /// 本接口（DeleteRouteTable）用于删除路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_route_table<'a>(
        &'a self,
        request: &'a super::DeleteRouteTableRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteRouteTable>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a routing policy (删除路由策略): calls `DeleteRoutes`.
    ///
    /// This API (DeleteRoutes) is used to delete routing policies in batches from a route table.
    ///
    /// 本接口(DeleteRoutes)用于对某个路由表批量删除路由策略（Route）。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_routes<'a>(
        &'a self,
        request: &'a super::DeleteRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a security group (删除安全组): calls `DeleteSecurityGroup`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn delete_security_group<'a>(
        &'a self,
        request: &'a super::DeleteSecurityGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSecurityGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes security group policies (删除安全组规则): calls `DeleteSecurityGroupPolicies`.
    ///
    /// This API (DeleteSecurityGroupPolicies) is used to delete security group policies (SecurityGroupPolicy).
    ///
    /// * SecurityGroupPolicySet.Version is used to specify the version of the security group you are operating. If the specified Version number differs from the latest version of the current security group, a failure will be returned. If Version is not specified, the policy of the specified PolicyIndex will be deleted directly.
    ///
    /// 本接口（DeleteSecurityGroupPolicies）用于删除安全组规则（SecurityGroupPolicy）。
    ///
    /// * SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本，将返回失败；若不传 Version 则直接删除指定PolicyIndex的规则。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_security_group_policies<'a>(
        &'a self,
        request: &'a super::DeleteSecurityGroupPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSecurityGroupPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a protocol port template (删除协议端口模板): calls `DeleteServiceTemplate`.
    ///
    /// This API (DeleteServiceTemplate) is used to delete a protocol port template.
    ///
    /// 本接口（DeleteServiceTemplate）用于删除协议端口模板。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_service_template<'a>(
        &'a self,
        request: &'a super::DeleteServiceTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteServiceTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a protocol port template group (删除协议端口模板集合): calls `DeleteServiceTemplateGroup`.
    ///
    /// This API (DeleteServiceTemplateGroup) is used to delete a protocol port template group.
    ///
    /// 本接口（DeleteServiceTemplateGroup）用于删除协议端口模板集合。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_service_template_group<'a>(
        &'a self,
        request: &'a super::DeleteServiceTemplateGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteServiceTemplateGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes snapshot policies (删除快照策略): calls `DeleteSnapshotPolicies`.
    ///
    /// This API is used to delete snapshot policies.
    ///
    /// 本接口（DeleteSnapshotPolicies）用于删除快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_snapshot_policies<'a>(
        &'a self,
        request: &'a super::DeleteSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a subnet (删除子网): calls `DeleteSubnet`.
    ///
    /// This API is used to delete a subnet.
    ///
    /// * Remove all resources in the subnet before deleting it
    ///
    /// 本接口（DeleteSubnet）用于删除子网（Subnet）。
    ///
    /// * 删除子网前，请清理该子网下所有资源，包括云服务器、负载均衡、云数据、NoSQL、弹性网卡等资源。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_subnet<'a>(
        &'a self,
        request: &'a super::DeleteSubnetRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSubnet>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a parameter template (删除模板对象成员): calls `DeleteTemplateMember`.
    ///
    /// This API is used to delete a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
    ///
    /// 删除模板对象中的IP地址、协议端口、IP地址组、协议端口组。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_template_member<'a>(
        &'a self,
        request: &'a super::DeleteTemplateMemberRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteTemplateMember>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes traffic mirroring (删除流量镜像): calls `DeleteTrafficMirror`.
    ///
    /// This API is used to delete a traffic mirroring instance.
    ///
    /// 本接口（DeleteTrafficMirror）用于删除流量镜像实例。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_traffic_mirror<'a>(
        &'a self,
        request: &'a super::DeleteTrafficMirrorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteTrafficMirror>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除流量镜像过滤规则。: calls `DeleteTrafficMirrorFilterRules`.
    ///
    /// 删除流量镜像五元组过滤规则。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_traffic_mirror_filter_rules<'a>(
        &'a self,
        request: &'a super::DeleteTrafficMirrorFilterRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteTrafficMirrorFilterRules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes traffic packages. (删除共享流量包): calls `DeleteTrafficPackages`.
    ///
    /// This API is used to delete traffic packages. Note that only non-valid traffic packages can be deleted.
    ///
    /// 删除共享带宽包（仅非活动状态的流量包可删除）。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_traffic_packages<'a>(
        &'a self,
        request: &'a super::DeleteTrafficPackagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteTrafficPackages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a VPC (删除VPC): calls `DeleteVpc`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpc<'a>(
        &'a self,
        request: &'a super::DeleteVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an endpoint (删除终端节点): calls `DeleteVpcEndPoint`.
    ///
    /// This API is used to delete an endpoint.
    ///
    /// 本接口（DeleteVpcEndPoint）用于删除终端节点。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpc_end_point<'a>(
        &'a self,
        request: &'a super::DeleteVpcEndPointRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpcEndPoint>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes an endpoint service (删除终端节点服务): calls `DeleteVpcEndPointService`.
    ///
    /// This API is used to delete an endpoint service.
    ///
    /// 本接口（DeleteVpcEndPointService）用于删除终端节点服务。限制：当有终端节点关联到终端节点服务时，无法删除终端节点服务。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpc_end_point_service<'a>(
        &'a self,
        request: &'a super::DeleteVpcEndPointServiceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpcEndPointService>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes the endpoint service allowlist (删除终端节点服务白名单): calls `DeleteVpcEndPointServiceWhiteList`.
    ///
    /// This API is used to delete the endpoint service allowlist.
    ///
    /// 本接口（DeleteVpcEndPointServiceWhiteList）用于删除终端节点服务白名单。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpc_end_point_service_white_list<'a>(
        &'a self,
        request: &'a super::DeleteVpcEndPointServiceWhiteListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpcEndPointServiceWhiteList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除私有网络对等连接: calls `DeleteVpcPeeringConnection`.
    ///
    /// 本接口（DeleteVpcPeeringConnection）用于删除私有网络对等连接。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpc_peering_connection<'a>(
        &'a self,
        request: &'a super::DeleteVpcPeeringConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpcPeeringConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes VPN tunnels (删除VPN通道): calls `DeleteVpnConnection`.
    ///
    /// This API is used to delete a VPN tunnel.
    ///
    /// 本接口（DeleteVpnConnection）用于删除VPN通道。
    ///
    /// >?本接口为异步接口
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpn_connection<'a>(
        &'a self,
        request: &'a super::DeleteVpnConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpnConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a VPN gateway (删除VPN网关): calls `DeleteVpnGateway`.
    ///
    /// This API (DeleteVpnGateway) is used to delete a VPN gateway. Currently, only deletion of pay-as-you-go IPSEC gateway instances in running status is supported.
    ///
    /// 本接口（DeleteVpnGateway）用于删除VPN网关。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpn_gateway<'a>(
        &'a self,
        request: &'a super::DeleteVpnGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpnGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes routes of a VPN gateway (删除VPN网关路由): calls `DeleteVpnGatewayRoutes`.
    ///
    /// This API is used to delete routes of a VPN gateway.
    ///
    /// 本接口（DeleteVpnGatewayRoutes）用于删除VPN网关路由
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpn_gateway_routes<'a>(
        &'a self,
        request: &'a super::DeleteVpnGatewayRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpnGatewayRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除SSL-VPN-CLIENT: calls `DeleteVpnGatewaySslClient`.
    ///
    /// 本接口（DeleteVpnGatewaySslClient）用于删除SSL-VPN-CLIENT。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpn_gateway_ssl_client<'a>(
        &'a self,
        request: &'a super::DeleteVpnGatewaySslClientRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpnGatewaySslClient>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除SSL-VPN-SERVER: calls `DeleteVpnGatewaySslServer`.
    ///
    /// 删除SSL-VPN-SERVER 实例
    #[allow(deprecated)]
    #[inline]
    pub fn delete_vpn_gateway_ssl_server<'a>(
        &'a self,
        request: &'a super::DeleteVpnGatewaySslServerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteVpnGatewaySslServer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries account attributes (查询账户属性): calls `DescribeAccountAttributes`.
    ///
    /// This API (DescribeAccountAttributes) is used to query your account attributes.
    ///
    /// 本接口（DescribeAccountAttributes）用于查询用户账号私有属性。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_account_attributes<'a>(
        &'a self,
        request: &'a super::DescribeAccountAttributesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAccountAttributes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询指定EIP带宽上下限: calls `DescribeAddressBandwidthRange`.
    ///
    /// 本接口（DescribeAddressBandwidthRange）用于查询指定EIP的带宽上下限范围。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_bandwidth_range<'a>(
        &'a self,
        request: &'a super::DescribeAddressBandwidthRangeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressBandwidthRange>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries EIP quotas (查询弹性公网IP配额): calls `DescribeAddressQuota`.
    ///
    /// This API (DescribeAddressQuota) is used to query the quota information of your [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP) in the current region. For more information, see [EIP product introduction](https://intl.cloud.tencent.com/document/product/213/5733?from_cn_redirect=1).
    ///
    /// 本接口 (DescribeAddressQuota) 用于查询您账户的[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）在当前地域的配额信息。配额详情可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/5733)。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_quota<'a>(
        &'a self,
        request: &'a super::DescribeAddressQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询参数模板IP地址组关联的实例列表: calls `DescribeAddressTemplateGroupInstances`.
    ///
    /// 本接口（DescribeAddressTemplateGroupInstances）用于查询参数模板IP地址组口关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_template_group_instances<'a>(
        &'a self,
        request: &'a super::DescribeAddressTemplateGroupInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressTemplateGroupInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries an IP address template group (查询IP地址模板集合): calls `DescribeAddressTemplateGroups`.
    ///
    /// This API (DescribeAddressTemplateGroups) is used to query an IP address template group.
    ///
    /// 本接口（DescribeAddressTemplateGroups）用于查询IP地址模板集合。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_template_groups<'a>(
        &'a self,
        request: &'a super::DescribeAddressTemplateGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressTemplateGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询参数模板IP地址关联的实例列表: calls `DescribeAddressTemplateInstances`.
    ///
    /// 本接口（DescribeAddressTemplateInstances）用于查询参数模板IP地址关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_template_instances<'a>(
        &'a self,
        request: &'a super::DescribeAddressTemplateInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressTemplateInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries an IP address template (查询IP地址模板): calls `DescribeAddressTemplates`.
    ///
    /// This API (DescribeAddressTemplates) is used to query an IP address template.
    ///
    /// 本接口（DescribeAddressTemplates）用于查询IP地址模板。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_address_templates<'a>(
        &'a self,
        request: &'a super::DescribeAddressTemplatesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddressTemplates>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the EIP list (查询弹性公网IP列表): calls `DescribeAddresses`.
    ///
    /// This API (DescribeAddresses) is used to query the information of one or multiple [Elastic IPs](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1).
    ///
    /// * If the parameter is empty, a number (as specified by the `Limit`, the default value is 20) of EIPs will be returned.
    ///
    /// 本接口 (DescribeAddresses) 用于查询一个或多个[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）的详细信息。
    ///
    /// * 如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的 EIP。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_addresses<'a>(
        &'a self,
        request: &'a super::DescribeAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the EIP list (查询弹性公网IP列表): every page of `DescribeAddresses`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_addresses_pages(
        &self,
        request: &super::DescribeAddressesRequest,
    ) -> tencent_action_client::Pages<super::DescribeAddressesRequest> {
        self.inner.pages(request)
    }

    /// Queries the EIP list (查询弹性公网IP列表): every item of `DescribeAddresses`.
    ///
    /// A stream of the elements of `AddressSet` across the pages that `describe_addresses_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_addresses_items(
        &self,
        request: &super::DescribeAddressesRequest,
    ) -> tencent_action_client::Items<super::DescribeAddressesRequest> {
        self.inner.items(request)
    }

    /// Queries a list of secondary CIDR blocks (查询辅助CIDR列表): calls `DescribeAssistantCidr`.
    ///
    /// This API is used to query the list of secondary CIDR blocks.
    ///
    /// 本接口（DescribeAssistantCidr）用于查询辅助CIDR列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_assistant_cidr<'a>(
        &'a self,
        request: &'a super::DescribeAssistantCidrRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAssistantCidr>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a list of secondary CIDR blocks (查询辅助CIDR列表): every page of `DescribeAssistantCidr`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_assistant_cidr_pages(
        &self,
        request: &super::DescribeAssistantCidrRequest,
    ) -> tencent_action_client::Pages<super::DescribeAssistantCidrRequest> {
        self.inner.pages(request)
    }

    /// Queries a list of secondary CIDR blocks (查询辅助CIDR列表): every item of `DescribeAssistantCidr`.
    ///
    /// A stream of the elements of `AssistantCidrSet` across the pages that `describe_assistant_cidr_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_assistant_cidr_items(
        &self,
        request: &super::DescribeAssistantCidrRequest,
    ) -> tencent_action_client::Items<super::DescribeAssistantCidrRequest> {
        self.inner.items(request)
    }

    /// 查询指定带宽包带宽上下限: calls `DescribeBandwidthPackageBandwidthRange`.
    ///
    /// 查询指定带宽包的带宽上下限范围
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_bandwidth_range<'a>(
        &'a self,
        request: &'a super::DescribeBandwidthPackageBandwidthRangeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeBandwidthPackageBandwidthRange>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the current usage of a pay-as-you-go bandwidth package. (查询后付费共享带宽包当前的用量): calls `DescribeBandwidthPackageBillUsage`.
    ///
    /// This API is used to query the current billable usage of a pay-as-you-go bandwidth package.
    ///
    /// 本接口 (DescribeBandwidthPackageBillUsage) 用于查询后付费共享带宽包当前的计费用量.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_bill_usage<'a>(
        &'a self,
        request: &'a super::DescribeBandwidthPackageBillUsageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeBandwidthPackageBillUsage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the bandwidth package quota (查询带宽包配额): calls `DescribeBandwidthPackageQuota`.
    ///
    /// This API is used to query the maximum and used number of bandwidth packages under the account in the current region.
    ///
    /// 接口用于查询账户在当前地域的带宽包上限数量以及使用数量
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_quota<'a>(
        &'a self,
        request: &'a super::DescribeBandwidthPackageQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeBandwidthPackageQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries resources in a bandwidth package (查询共享带宽包内的资源): calls `DescribeBandwidthPackageResources`.
    ///
    /// This API is used to query the list of resources in a Bandwidth Package according to its unique ID, support conditional filtering of query results and paging query.
    ///
    /// 本接口 (DescribeBandwidthPackageResources) 用于根据共享带宽包唯一ID查询共享带宽包内的资源列表，支持按条件过滤查询结果和分页查询。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_resources<'a>(
        &'a self,
        request: &'a super::DescribeBandwidthPackageResourcesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeBandwidthPackageResources>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries resources in a bandwidth package (查询共享带宽包内的资源): every page of `DescribeBandwidthPackageResources`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_resources_pages(
        &self,
        request: &super::DescribeBandwidthPackageResourcesRequest,
    ) -> tencent_action_client::Pages<super::DescribeBandwidthPackageResourcesRequest> {
        self.inner.pages(request)
    }

    /// Queries resources in a bandwidth package (查询共享带宽包内的资源): every item of `DescribeBandwidthPackageResources`.
    ///
    /// A stream of the elements of `ResourceSet` across the pages that `describe_bandwidth_package_resources_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_package_resources_items(
        &self,
        request: &super::DescribeBandwidthPackageResourcesRequest,
    ) -> tencent_action_client::Items<super::DescribeBandwidthPackageResourcesRequest> {
        self.inner.items(request)
    }

    /// Queries bandwidth package resources (查询带宽包资源): calls `DescribeBandwidthPackages`.
    ///
    /// This API is used to query bandwidth package information, including the unique ID of the bandwidth package, the type, the billing mode, the name, and the resource information.
    ///
    /// 接口用于查询带宽包详细信息，包括带宽包唯一标识ID，类型，计费模式，名称，资源信息等
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_packages<'a>(
        &'a self,
        request: &'a super::DescribeBandwidthPackagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeBandwidthPackages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries bandwidth package resources (查询带宽包资源): every page of `DescribeBandwidthPackages`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_packages_pages(
        &self,
        request: &super::DescribeBandwidthPackagesRequest,
    ) -> tencent_action_client::Pages<super::DescribeBandwidthPackagesRequest> {
        self.inner.pages(request)
    }

    /// Queries bandwidth package resources (查询带宽包资源): every item of `DescribeBandwidthPackages`.
    ///
    /// A stream of the elements of `BandwidthPackageSet` across the pages that `describe_bandwidth_packages_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_bandwidth_packages_items(
        &self,
        request: &super::DescribeBandwidthPackagesRequest,
    ) -> tencent_action_client::Items<super::DescribeBandwidthPackagesRequest> {
        self.inner.items(request)
    }

    /// Queries the list of instances associated with a CCN (查询云联网关联实例列表): calls `DescribeCcnAttachedInstances`.
    ///
    /// This API (DescribeCcnAttachedInstances) is used to query the network instances associated with the CCN instance.
    ///
    /// 本接口（DescribeCcnAttachedInstances）用于查询云联网实例下已关联的网络实例。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_attached_instances<'a>(
        &'a self,
        request: &'a super::DescribeCcnAttachedInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnAttachedInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of instances associated with a CCN (查询云联网关联实例列表): every page of `DescribeCcnAttachedInstances`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_attached_instances_pages(
        &self,
        request: &super::DescribeCcnAttachedInstancesRequest,
    ) -> tencent_action_client::Pages<super::DescribeCcnAttachedInstancesRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of instances associated with a CCN (查询云联网关联实例列表): every item of `DescribeCcnAttachedInstances`.
    ///
    /// A stream of the elements of `InstanceSet` across the pages that `describe_ccn_attached_instances_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_attached_instances_items(
        &self,
        request: &super::DescribeCcnAttachedInstancesRequest,
    ) -> tencent_action_client::Items<super::DescribeCcnAttachedInstancesRequest> {
        self.inner.items(request)
    }

    /// 查询云联网策略路由下一跳: calls `DescribeCcnPolicyBasedRoutingNextHop`.
    ///
    /// 查询云联网策略路由下一跳
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_policy_based_routing_next_hop<'a>(
        &'a self,
        request: &'a super::DescribeCcnPolicyBasedRoutingNextHopRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnPolicyBasedRoutingNextHop>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网策略路由匹配规则: calls `DescribeCcnPolicyBasedRoutingRule`.
    ///
    /// 查询云联网策略路由匹配规则
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_policy_based_routing_rule<'a>(
        &'a self,
        request: &'a super::DescribeCcnPolicyBasedRoutingRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnPolicyBasedRoutingRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网策略路由匹配规则: every page of `DescribeCcnPolicyBasedRoutingRule`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_policy_based_routing_rule_pages(
        &self,
        request: &super::DescribeCcnPolicyBasedRoutingRuleRequest,
    ) -> tencent_action_client::Pages<super::DescribeCcnPolicyBasedRoutingRuleRequest> {
        self.inner.pages(request)
    }

    /// 查询云联网策略路由匹配规则: every item of `DescribeCcnPolicyBasedRoutingRule`.
    ///
    /// A stream of the elements of `CcnPolicyBasedRoutingRuleSet` across the pages that `describe_ccn_policy_based_routing_rule_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_policy_based_routing_rule_items(
        &self,
        request: &super::DescribeCcnPolicyBasedRoutingRuleRequest,
    ) -> tencent_action_client::Items<super::DescribeCcnPolicyBasedRoutingRuleRequest> {
        self.inner.items(request)
    }

    /// Queries the outbound bandwidth caps of all regions connected with the specified CCN instance (查询云联网各地域出带宽上限): calls `DescribeCcnRegionBandwidthLimits`.
    ///
    /// This API is used to query the outbound bandwidth caps of all regions connected with a CCN instance. The API only returns regions included in the associated network instances.
    ///
    /// 本接口（DescribeCcnRegionBandwidthLimits）用于查询云联网各地域出带宽上限，该接口只返回已关联网络实例包含的地域。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_region_bandwidth_limits<'a>(
        &'a self,
        request: &'a super::DescribeCcnRegionBandwidthLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnRegionBandwidthLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网路由传播策略: calls `DescribeCcnRouteTableBroadcastPolicys`.
    ///
    /// 本接口(DescribeCcnRouteTableBroadcastPolicys)用于查询指定云联网路由表的路由传播策略。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_route_table_broadcast_policys<'a>(
        &'a self,
        request: &'a super::DescribeCcnRouteTableBroadcastPolicysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnRouteTableBroadcastPolicys>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网路由接收策略: calls `DescribeCcnRouteTableInputPolicys`.
    ///
    /// 本接口(DescribeCcnRouteTableInputPolicys)用于查询指定云联网路由表的路由接收策略。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_route_table_input_policys<'a>(
        &'a self,
        request: &'a super::DescribeCcnRouteTableInputPolicysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnRouteTableInputPolicys>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网路由表信息: calls `DescribeCcnRouteTables`.
    ///
    /// 该接口用于查询指定的云联网实例的路由表信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_route_tables<'a>(
        &'a self,
        request: &'a super::DescribeCcnRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网路由表信息: every page of `DescribeCcnRouteTables`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_route_tables_pages(
        &self,
        request: &super::DescribeCcnRouteTablesRequest,
    ) -> tencent_action_client::Pages<super::DescribeCcnRouteTablesRequest> {
        self.inner.pages(request)
    }

    /// 查询云联网路由表信息: every item of `DescribeCcnRouteTables`.
    ///
    /// A stream of the elements of `CcnRouteTableSet` across the pages that `describe_ccn_route_tables_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_route_tables_items(
        &self,
        request: &super::DescribeCcnRouteTablesRequest,
    ) -> tencent_action_client::Items<super::DescribeCcnRouteTablesRequest> {
        self.inner.items(request)
    }

    /// Queries the CCN routing policy (查询云联网路由条目): calls `DescribeCcnRoutes`.
    ///
    /// This API (DescribeCcnRoutes) is used to query routes that have been added to a CCN.
    ///
    /// 本接口（DescribeCcnRoutes）用于查询已加入云联网（CCN）的路由。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_routes<'a>(
        &'a self,
        request: &'a super::DescribeCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the CCN routing policy (查询云联网路由条目): every page of `DescribeCcnRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_routes_pages(
        &self,
        request: &super::DescribeCcnRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeCcnRoutesRequest> {
        self.inner.pages(request)
    }

    /// Queries the CCN routing policy (查询云联网路由条目): every item of `DescribeCcnRoutes`.
    ///
    /// A stream of the elements of `RouteSet` across the pages that `describe_ccn_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccn_routes_items(
        &self,
        request: &super::DescribeCcnRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeCcnRoutesRequest> {
        self.inner.items(request)
    }

    /// Queries the CCN list (查询CCN列表): calls `DescribeCcns`.
    ///
    /// This API (DescribeCcns) is used to query the CCN list.
    ///
    /// 本接口（DescribeCcns）用于查询云联网（CCN）列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccns<'a>(
        &'a self,
        request: &'a super::DescribeCcnsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCcns>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the CCN list (查询CCN列表): every page of `DescribeCcns`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccns_pages(
        &self,
        request: &super::DescribeCcnsRequest,
    ) -> tencent_action_client::Pages<super::DescribeCcnsRequest> {
        self.inner.pages(request)
    }

    /// Queries the CCN list (查询CCN列表): every item of `DescribeCcns`.
    ///
    /// A stream of the elements of `CcnSet` across the pages that `describe_ccns_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ccns_items(
        &self,
        request: &super::DescribeCcnsRequest,
    ) -> tencent_action_client::Items<super::DescribeCcnsRequest> {
        self.inner.items(request)
    }

    /// 查询 IDC通道信息: calls `DescribeCdcLDCXList`.
    ///
    /// 查询 IDC通道信息
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cdc_ldcx_list<'a>(
        &'a self,
        request: &'a super::DescribeCdcLDCXListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCdcLDCXList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询虚拟连接: calls `DescribeCdcNetPlanes`.
    ///
    /// 查询虚拟连接
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cdc_net_planes<'a>(
        &'a self,
        request: &'a super::DescribeCdcNetPlanesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCdcNetPlanes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询IDC使用的 VLAN: calls `DescribeCdcUsedIdcVlan`.
    ///
    /// 查询IDC使用的 VLAN
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cdc_used_idc_vlan<'a>(
        &'a self,
        request: &'a super::DescribeCdcUsedIdcVlanRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCdcUsedIdcVlan>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of Classiclink (查询基础网络互通列表): calls `DescribeClassicLinkInstances`.
    ///
    /// This API (DescribeClassicLinkInstances) is used to query the Classiclink instances list.
    ///
    /// 本接口（DescribeClassicLinkInstances）用于查询私有网络和基础网络设备互通列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_classic_link_instances<'a>(
        &'a self,
        request: &'a super::DescribeClassicLinkInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeClassicLinkInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网跨境限速实例: calls `DescribeCrossBorderCcnRegionBandwidthLimits`.
    ///
    /// 本接口（DescribeCrossBorderCcnRegionBandwidthLimits）用于获取要锁定的限速实例列表。
    ///
    /// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（DescribeTenantCcns）
    ///
    /// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_ccn_region_bandwidth_limits<'a>(
        &'a self,
        request: &'a super::DescribeCrossBorderCcnRegionBandwidthLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCrossBorderCcnRegionBandwidthLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网跨境限速实例: every page of `DescribeCrossBorderCcnRegionBandwidthLimits`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_ccn_region_bandwidth_limits_pages(
        &self,
        request: &super::DescribeCrossBorderCcnRegionBandwidthLimitsRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeCrossBorderCcnRegionBandwidthLimitsRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询云联网跨境限速实例: every item of `DescribeCrossBorderCcnRegionBandwidthLimits`.
    ///
    /// A stream of the elements of `CcnBandwidthSet` across the pages that `describe_cross_border_ccn_region_bandwidth_limits_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_ccn_region_bandwidth_limits_items(
        &self,
        request: &super::DescribeCrossBorderCcnRegionBandwidthLimitsRequest,
    ) -> tencent_action_client::Items<
        super::DescribeCrossBorderCcnRegionBandwidthLimitsRequest,
    > {
        self.inner.items(request)
    }

    /// Queries a compliance review request (查询合规化审批单): calls `DescribeCrossBorderCompliance`.
    ///
    /// This API is used to query the compliance review requests created by the user.
    ///
    /// A service provider can query all review requests created by any `APPID` under its account. Other users can only query their own review requests.
    ///
    /// 本接口（DescribeCrossBorderCompliance）用于查询用户创建的合规化资质审批单。
    ///
    /// 服务商可以查询服务名下的任意 `APPID` 创建的审批单；非服务商，只能查询自己审批单。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_compliance<'a>(
        &'a self,
        request: &'a super::DescribeCrossBorderComplianceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCrossBorderCompliance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a compliance review request (查询合规化审批单): every page of `DescribeCrossBorderCompliance`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_compliance_pages(
        &self,
        request: &super::DescribeCrossBorderComplianceRequest,
    ) -> tencent_action_client::Pages<super::DescribeCrossBorderComplianceRequest> {
        self.inner.pages(request)
    }

    /// Queries a compliance review request (查询合规化审批单): every item of `DescribeCrossBorderCompliance`.
    ///
    /// A stream of the elements of `CrossBorderComplianceSet` across the pages that `describe_cross_border_compliance_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_compliance_items(
        &self,
        request: &super::DescribeCrossBorderComplianceRequest,
    ) -> tencent_action_client::Items<super::DescribeCrossBorderComplianceRequest> {
        self.inner.items(request)
    }

    /// 查询跨境带宽监控数据: calls `DescribeCrossBorderFlowMonitor`.
    ///
    /// 本接口（DescribeCrossBorderFlowMonitor）用于查询跨境带宽监控数据，该接口目前只提供给服务商联通使用。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_cross_border_flow_monitor<'a>(
        &'a self,
        request: &'a super::DescribeCrossBorderFlowMonitorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCrossBorderFlowMonitor>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the information of supported customer gateway vendors (查询可支持的对端网关厂商信息): calls `DescribeCustomerGatewayVendors`.
    ///
    /// This API (DescribeCustomerGatewayVendors) is used to query the information of supported customer gateway vendors.
    ///
    /// 本接口（DescribeCustomerGatewayVendors）用于查询可支持的对端网关厂商信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_customer_gateway_vendors<'a>(
        &'a self,
        request: &'a super::DescribeCustomerGatewayVendorsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCustomerGatewayVendors>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries customer gateways (查询对端网关): calls `DescribeCustomerGateways`.
    ///
    /// This API (DescribeCustomerGateways) is used to query the customer gateway list.
    ///
    /// 本接口（DescribeCustomerGateways）用于查询对端网关列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_customer_gateways<'a>(
        &'a self,
        request: &'a super::DescribeCustomerGatewaysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeCustomerGateways>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries customer gateways (查询对端网关): every page of `DescribeCustomerGateways`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_customer_gateways_pages(
        &self,
        request: &super::DescribeCustomerGatewaysRequest,
    ) -> tencent_action_client::Pages<super::DescribeCustomerGatewaysRequest> {
        self.inner.pages(request)
    }

    /// Queries customer gateways (查询对端网关): every item of `DescribeCustomerGateways`.
    ///
    /// A stream of the elements of `CustomerGatewaySet` across the pages that `describe_customer_gateways_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_customer_gateways_items(
        &self,
        request: &super::DescribeCustomerGatewaysRequest,
    ) -> tencent_action_client::Items<super::DescribeCustomerGatewaysRequest> {
        self.inner.items(request)
    }

    /// 查询用户当前地域下可指定的特殊可用区: calls `DescribeDesignatedZones`.
    ///
    /// 用于查询用户创建带宽包时可指定的可用区信息
    #[allow(deprecated)]
    #[inline]
    pub fn describe_designated_zones<'a>(
        &'a self,
        request: &'a super::DescribeDesignatedZonesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDesignatedZones>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询DhcpIp列表: calls `DescribeDhcpIps`.
    ///
    /// 本接口（DescribeDhcpIps）用于查询DhcpIp列表
    #[allow(deprecated)]
    #[inline]
    pub fn describe_dhcp_ips<'a>(
        &'a self,
        request: &'a super::DescribeDhcpIpsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDhcpIps>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询DhcpIp列表: every page of `DescribeDhcpIps`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_dhcp_ips_pages(
        &self,
        request: &super::DescribeDhcpIpsRequest,
    ) -> tencent_action_client::Pages<super::DescribeDhcpIpsRequest> {
        self.inner.pages(request)
    }

    /// 查询DhcpIp列表: every item of `DescribeDhcpIps`.
    ///
    /// A stream of the elements of `DhcpIpSet` across the pages that `describe_dhcp_ips_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_dhcp_ips_items(
        &self,
        request: &super::DescribeDhcpIpsRequest,
    ) -> tencent_action_client::Items<super::DescribeDhcpIpsRequest> {
        self.inner.items(request)
    }

    /// Queries the CCN routes of a Direct Connect gateway (查询专线网关云联网路由): calls `DescribeDirectConnectGatewayCcnRoutes`.
    ///
    /// This API (DescribeDirectConnectGatewayCcnRoutes) is used to query the CCN routes (IDC IP range) of the Direct Connect gateway.
    ///
    /// 本接口（DescribeDirectConnectGatewayCcnRoutes）用于查询专线网关的云联网路由（IDC网段）
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::DescribeDirectConnectGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDirectConnectGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the CCN routes of a Direct Connect gateway (查询专线网关云联网路由): every page of `DescribeDirectConnectGatewayCcnRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateway_ccn_routes_pages(
        &self,
        request: &super::DescribeDirectConnectGatewayCcnRoutesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeDirectConnectGatewayCcnRoutesRequest,
    > {
        self.inner.pages(request)
    }

    /// Queries the CCN routes of a Direct Connect gateway (查询专线网关云联网路由): every item of `DescribeDirectConnectGatewayCcnRoutes`.
    ///
    /// A stream of the elements of `RouteSet` across the pages that `describe_direct_connect_gateway_ccn_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateway_ccn_routes_items(
        &self,
        request: &super::DescribeDirectConnectGatewayCcnRoutesRequest,
    ) -> tencent_action_client::Items<
        super::DescribeDirectConnectGatewayCcnRoutesRequest,
    > {
        self.inner.items(request)
    }

    /// Queries direct connect gateways (查询专线网关): calls `DescribeDirectConnectGateways`.
    ///
    /// This API is used to query direct connect gateways.
    ///
    /// 本接口（DescribeDirectConnectGateways）用于查询专线网关。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateways<'a>(
        &'a self,
        request: &'a super::DescribeDirectConnectGatewaysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDirectConnectGateways>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries direct connect gateways (查询专线网关): every page of `DescribeDirectConnectGateways`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateways_pages(
        &self,
        request: &super::DescribeDirectConnectGatewaysRequest,
    ) -> tencent_action_client::Pages<super::DescribeDirectConnectGatewaysRequest> {
        self.inner.pages(request)
    }

    /// Queries direct connect gateways (查询专线网关): every item of `DescribeDirectConnectGateways`.
    ///
    /// A stream of the elements of `DirectConnectGatewaySet` across the pages that `describe_direct_connect_gateways_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_direct_connect_gateways_items(
        &self,
        request: &super::DescribeDirectConnectGatewaysRequest,
    ) -> tencent_action_client::Items<super::DescribeDirectConnectGatewaysRequest> {
        self.inner.items(request)
    }

    /// Queries information of a flow log (查询VPC流日志实例信息): calls `DescribeFlowLog`.
    ///
    /// This API is used to query the information of a flow log.
    ///
    /// 本接口（DescribeFlowLog）用于查询VPC流日志实例信息。
    ///
    /// 该接口只支持VPC流日志（即将下线）。云联网以及VPC流日志，通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_flow_log<'a>(
        &'a self,
        request: &'a super::DescribeFlowLogRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeFlowLog>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of flow logs (查询流日志集合): calls `DescribeFlowLogs`.
    ///
    /// This API is used to query all the flow logs of the current account.
    ///
    /// 本接口（DescribeFlowLogs）用于查询获取流日志集合。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_flow_logs<'a>(
        &'a self,
        request: &'a super::DescribeFlowLogsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeFlowLogs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of flow logs (查询流日志集合): every page of `DescribeFlowLogs`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_flow_logs_pages(
        &self,
        request: &super::DescribeFlowLogsRequest,
    ) -> tencent_action_client::Pages<super::DescribeFlowLogsRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of flow logs (查询流日志集合): every item of `DescribeFlowLogs`.
    ///
    /// A stream of the elements of `FlowLog` across the pages that `describe_flow_logs_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_flow_logs_items(
        &self,
        request: &super::DescribeFlowLogsRequest,
    ) -> tencent_action_client::Items<super::DescribeFlowLogsRequest> {
        self.inner.items(request)
    }

    /// Queries the monitoring details of a gateway (查询网关流量监控明细): calls `DescribeGatewayFlowMonitorDetail`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_monitor_detail<'a>(
        &'a self,
        request: &'a super::DescribeGatewayFlowMonitorDetailRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeGatewayFlowMonitorDetail>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the monitoring details of a gateway (查询网关流量监控明细): every page of `DescribeGatewayFlowMonitorDetail`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_monitor_detail_pages(
        &self,
        request: &super::DescribeGatewayFlowMonitorDetailRequest,
    ) -> tencent_action_client::Pages<super::DescribeGatewayFlowMonitorDetailRequest> {
        self.inner.pages(request)
    }

    /// Queries the monitoring details of a gateway (查询网关流量监控明细): every item of `DescribeGatewayFlowMonitorDetail`.
    ///
    /// A stream of the elements of `GatewayFlowMonitorDetailSet` across the pages that `describe_gateway_flow_monitor_detail_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_monitor_detail_items(
        &self,
        request: &super::DescribeGatewayFlowMonitorDetailRequest,
    ) -> tencent_action_client::Items<super::DescribeGatewayFlowMonitorDetailRequest> {
        self.inner.items(request)
    }

    /// Queries the inbound IP bandwidth limit of a gateway. (查询网关来访IP流控带宽): calls `DescribeGatewayFlowQos`.
    ///
    /// This API is used to query the inbound IP bandwidth limit of a gateway.
    ///
    /// 本接口（DescribeGatewayFlowQos）用于查询网关来访IP流控带宽。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_qos<'a>(
        &'a self,
        request: &'a super::DescribeGatewayFlowQosRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeGatewayFlowQos>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the inbound IP bandwidth limit of a gateway. (查询网关来访IP流控带宽): every page of `DescribeGatewayFlowQos`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_qos_pages(
        &self,
        request: &super::DescribeGatewayFlowQosRequest,
    ) -> tencent_action_client::Pages<super::DescribeGatewayFlowQosRequest> {
        self.inner.pages(request)
    }

    /// Queries the inbound IP bandwidth limit of a gateway. (查询网关来访IP流控带宽): every item of `DescribeGatewayFlowQos`.
    ///
    /// A stream of the elements of `GatewayQosSet` across the pages that `describe_gateway_flow_qos_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_gateway_flow_qos_items(
        &self,
        request: &super::DescribeGatewayFlowQosRequest,
    ) -> tencent_action_client::Items<super::DescribeGatewayFlowQosRequest> {
        self.inner.items(request)
    }

    /// 查询全局路由列表。: calls `DescribeGlobalRoutes`.
    ///
    /// 查询全局路由列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_global_routes<'a>(
        &'a self,
        request: &'a super::DescribeGlobalRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeGlobalRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询全局路由列表。: every page of `DescribeGlobalRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_global_routes_pages(
        &self,
        request: &super::DescribeGlobalRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeGlobalRoutesRequest> {
        self.inner.pages(request)
    }

    /// 查询全局路由列表。: every item of `DescribeGlobalRoutes`.
    ///
    /// A stream of the elements of `GlobalRouteSet` across the pages that `describe_global_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_global_routes_items(
        &self,
        request: &super::DescribeGlobalRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeGlobalRoutesRequest> {
        self.inner.items(request)
    }

    /// Queries the HAVIP list (查询HAVIP列表): calls `DescribeHaVips`.
    ///
    /// This API (DescribeHaVips) is used to query the list of highly available virtual IPs (HAVIP).
    ///
    /// 本接口（DescribeHaVips）用于查询高可用虚拟IP（HAVIP）列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ha_vips<'a>(
        &'a self,
        request: &'a super::DescribeHaVipsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeHaVips>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the HAVIP list (查询HAVIP列表): every page of `DescribeHaVips`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ha_vips_pages(
        &self,
        request: &super::DescribeHaVipsRequest,
    ) -> tencent_action_client::Pages<super::DescribeHaVipsRequest> {
        self.inner.pages(request)
    }

    /// Queries the HAVIP list (查询HAVIP列表): every item of `DescribeHaVips`.
    ///
    /// A stream of the elements of `HaVipSet` across the pages that `describe_ha_vips_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ha_vips_items(
        &self,
        request: &super::DescribeHaVipsRequest,
    ) -> tencent_action_client::Items<super::DescribeHaVipsRequest> {
        self.inner.items(request)
    }

    /// 查询高优路由表: calls `DescribeHighPriorityRouteTables`.
    ///
    /// 查询高优路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_high_priority_route_tables<'a>(
        &'a self,
        request: &'a super::DescribeHighPriorityRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeHighPriorityRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询高优路由表条目: calls `DescribeHighPriorityRoutes`.
    ///
    /// 查询高优路由表条目信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_high_priority_routes<'a>(
        &'a self,
        request: &'a super::DescribeHighPriorityRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeHighPriorityRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询高优路由表条目: every page of `DescribeHighPriorityRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_high_priority_routes_pages(
        &self,
        request: &super::DescribeHighPriorityRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeHighPriorityRoutesRequest> {
        self.inner.pages(request)
    }

    /// 查询高优路由表条目: every item of `DescribeHighPriorityRoutes`.
    ///
    /// A stream of the elements of `HighPriorityRouteSet` across the pages that `describe_high_priority_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_high_priority_routes_items(
        &self,
        request: &super::DescribeHighPriorityRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeHighPriorityRoutesRequest> {
        self.inner.items(request)
    }

    /// Queries the EIPv6 list (查询弹性公网IPv6列表): calls `DescribeIPv6Addresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::DescribeIPv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIPv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the EIPv6 list (查询弹性公网IPv6列表): every page of `DescribeIPv6Addresses`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ipv6_addresses_pages(
        &self,
        request: &super::DescribeIPv6AddressesRequest,
    ) -> tencent_action_client::Pages<super::DescribeIPv6AddressesRequest> {
        self.inner.pages(request)
    }

    /// Queries the EIPv6 list (查询弹性公网IPv6列表): every item of `DescribeIPv6Addresses`.
    ///
    /// A stream of the elements of `AddressSet` across the pages that `describe_ipv6_addresses_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ipv6_addresses_items(
        &self,
        request: &super::DescribeIPv6AddressesRequest,
    ) -> tencent_action_client::Items<super::DescribeIPv6AddressesRequest> {
        self.inner.items(request)
    }

    /// Queries whether a specified cvm supports jumbo frames (查询指定云服务器是否支持巨帧): calls `DescribeInstanceJumbo`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instance_jumbo<'a>(
        &'a self,
        request: &'a super::DescribeInstanceJumboRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstanceJumbo>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of classic elastic public IPv6 instances (查询传统弹性公网IPv6列表): calls `DescribeIp6Addresses`.
    ///
    /// This API is used to query the detailed information on one or multiple classic elastic public IPv6 instances.
    ///
    /// 本接口（DescribeIp6Addresses）用于查询一个或多个传统弹性公网 IPv6 实例的详细信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_addresses<'a>(
        &'a self,
        request: &'a super::DescribeIp6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIp6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of classic elastic public IPv6 instances (查询传统弹性公网IPv6列表): every page of `DescribeIp6Addresses`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_addresses_pages(
        &self,
        request: &super::DescribeIp6AddressesRequest,
    ) -> tencent_action_client::Pages<super::DescribeIp6AddressesRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of classic elastic public IPv6 instances (查询传统弹性公网IPv6列表): every item of `DescribeIp6Addresses`.
    ///
    /// A stream of the elements of `AddressSet` across the pages that `describe_ip6_addresses_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_addresses_items(
        &self,
        request: &super::DescribeIp6AddressesRequest,
    ) -> tencent_action_client::Items<super::DescribeIp6AddressesRequest> {
        self.inner.items(request)
    }

    /// 查询账户在指定地域IPV6转换实例和规则的配额: calls `DescribeIp6TranslatorQuota`.
    ///
    /// 查询账户在指定地域IPV6转换实例和规则的配额
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_translator_quota<'a>(
        &'a self,
        request: &'a super::DescribeIp6TranslatorQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIp6TranslatorQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询IPV6转换实例及其绑定规则信息: calls `DescribeIp6Translators`.
    ///
    /// 1. 该接口用于查询账户下的IPV6转换实例及其绑定的转换规则信息
    ///
    /// 2. 支持过滤查询
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_translators<'a>(
        &'a self,
        request: &'a super::DescribeIp6TranslatorsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIp6Translators>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询IPV6转换实例及其绑定规则信息: every page of `DescribeIp6Translators`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_translators_pages(
        &self,
        request: &super::DescribeIp6TranslatorsRequest,
    ) -> tencent_action_client::Pages<super::DescribeIp6TranslatorsRequest> {
        self.inner.pages(request)
    }

    /// 查询IPV6转换实例及其绑定规则信息: every item of `DescribeIp6Translators`.
    ///
    /// A stream of the elements of `Ip6TranslatorSet` across the pages that `describe_ip6_translators_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip6_translators_items(
        &self,
        request: &super::DescribeIp6TranslatorsRequest,
    ) -> tencent_action_client::Items<super::DescribeIp6TranslatorsRequest> {
        self.inner.items(request)
    }

    /// Obtains the download link of an IP location database (获取IP地理位置库下载链接): calls `DescribeIpGeolocationDatabaseUrl`.
    ///
    /// This API is used to obtain the download link of an IP location database.
    ///
    /// This API will be discontinued soon and is only available for existing users.
    ///
    /// 本接口（DescribeIpGeolocationDatabaseUrl）用于获取IP地理位置库下载链接。
    ///
    /// 本接口即将下线，仅供存量用户使用，暂停新增用户。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip_geolocation_database_url<'a>(
        &'a self,
        request: &'a super::DescribeIpGeolocationDatabaseUrlRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIpGeolocationDatabaseUrl>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries IP location (查询IP地理位置信息): calls `DescribeIpGeolocationInfos`.
    ///
    /// This API is used to query the location and network information of one or more IP addresses.
    ///
    /// This API will be discontinued soon and is only available for existing users.
    ///
    /// 本接口（DescribeIpGeolocationInfos）用于查询IP地址信息，包括地理位置信息和网络信息。
    ///
    /// 本接口即将下线，仅供存量客户使用，暂停新增用户。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_ip_geolocation_infos<'a>(
        &'a self,
        request: &'a super::DescribeIpGeolocationInfosRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeIpGeolocationInfos>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries local gateways (查询本地网关): calls `DescribeLocalGateway`.
    ///
    /// This API is used to query local gateways of a CDC instance.
    ///
    /// 本接口（DescribeLocalGateway）用于查询CDC的本地网关。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_local_gateway<'a>(
        &'a self,
        request: &'a super::DescribeLocalGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeLocalGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries local gateways (查询本地网关): every page of `DescribeLocalGateway`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_local_gateway_pages(
        &self,
        request: &super::DescribeLocalGatewayRequest,
    ) -> tencent_action_client::Pages<super::DescribeLocalGatewayRequest> {
        self.inner.pages(request)
    }

    /// Queries local gateways (查询本地网关): every item of `DescribeLocalGateway`.
    ///
    /// A stream of the elements of `LocalGatewaySet` across the pages that `describe_local_gateway_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_local_gateway_items(
        &self,
        request: &super::DescribeLocalGatewayRequest,
    ) -> tencent_action_client::Items<super::DescribeLocalGatewayRequest> {
        self.inner.items(request)
    }

    /// Queries the port forwarding rule of a NAT gateway (查询NAT网关端口转发规则): calls `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// This API is used to query the array of objects of a NAT gateway's port forwarding rules.
    ///
    /// 本接口（DescribeNatGatewayDestinationIpPortTranslationNatRules）用于查询NAT网关端口转发规则对象数组。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_destination_ip_port_translation_nat_rules<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DescribeNatGatewayDestinationIpPortTranslationNatRules,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the port forwarding rule of a NAT gateway (查询NAT网关端口转发规则): every page of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_destination_ip_port_translation_nat_rules_pages(
        &self,
        request: &super::DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest,
    > {
        self.inner.pages(request)
    }

    /// Queries the port forwarding rule of a NAT gateway (查询NAT网关端口转发规则): every item of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// A stream of the elements of `NatGatewayDestinationIpPortTranslationNatRuleSet` across the pages that `describe_nat_gateway_destination_ip_port_translation_nat_rules_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_destination_ip_port_translation_nat_rules_items(
        &self,
        request: &super::DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> tencent_action_client::Items<
        super::DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest,
    > {
        self.inner.items(request)
    }

    /// Queries the routes between a NAT gateway and Direct Connect (查询专线绑定NAT路由): calls `DescribeNatGatewayDirectConnectGatewayRoute`.
    ///
    /// This API is used to query the routes between a NAT gateway and Direct Connect.
    ///
    /// 查询专线绑定NAT的路由
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_direct_connect_gateway_route<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewayDirectConnectGatewayRouteRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNatGatewayDirectConnectGatewayRoute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the routes between a NAT gateway and Direct Connect (查询专线绑定NAT路由): every page of `DescribeNatGatewayDirectConnectGatewayRoute`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_direct_connect_gateway_route_pages(
        &self,
        request: &super::DescribeNatGatewayDirectConnectGatewayRouteRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeNatGatewayDirectConnectGatewayRouteRequest,
    > {
        self.inner.pages(request)
    }

    /// Queries the routes between a NAT gateway and Direct Connect (查询专线绑定NAT路由): every item of `DescribeNatGatewayDirectConnectGatewayRoute`.
    ///
    /// A stream of the elements of `NatDirectConnectGatewayRouteSet` across the pages that `describe_nat_gateway_direct_connect_gateway_route_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_direct_connect_gateway_route_items(
        &self,
        request: &super::DescribeNatGatewayDirectConnectGatewayRouteRequest,
    ) -> tencent_action_client::Items<
        super::DescribeNatGatewayDirectConnectGatewayRouteRequest,
    > {
        self.inner.items(request)
    }

    /// 查询nat网关流控明细: calls `DescribeNatGatewayFlowMonitorDetail`.
    ///
    /// 本接口（DescribeNatGatewayFlowMonitorDetail）用于查询NAT网关流量监控明细。
    ///
    /// - 只支持单个网关实例查询。即入参 `NatGatewayId` 最多只支持传一个，且必须传一个。
    ///
    /// - 如果网关有流量，但调用本接口没有返回数据，请在控制台对应网关详情页确认是否开启网关流量监控。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_flow_monitor_detail<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewayFlowMonitorDetailRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNatGatewayFlowMonitorDetail>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a NAT gateway's SNAT forwarding rules (查询NAT网关SNAT转发规则): calls `DescribeNatGatewaySourceIpTranslationNatRules`.
    ///
    /// This API is used to query the NAT gateway's SNAT forwarding rules.
    ///
    /// 本接口（DescribeNatGatewaySourceIpTranslationNatRules）用于查询NAT网关SNAT转发规则对象数组。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_source_ip_translation_nat_rules<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewaySourceIpTranslationNatRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DescribeNatGatewaySourceIpTranslationNatRules,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a NAT gateway's SNAT forwarding rules (查询NAT网关SNAT转发规则): every page of `DescribeNatGatewaySourceIpTranslationNatRules`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_source_ip_translation_nat_rules_pages(
        &self,
        request: &super::DescribeNatGatewaySourceIpTranslationNatRulesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeNatGatewaySourceIpTranslationNatRulesRequest,
    > {
        self.inner.pages(request)
    }

    /// Queries a NAT gateway's SNAT forwarding rules (查询NAT网关SNAT转发规则): every item of `DescribeNatGatewaySourceIpTranslationNatRules`.
    ///
    /// A stream of the elements of `SourceIpTranslationNatRuleSet` across the pages that `describe_nat_gateway_source_ip_translation_nat_rules_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_source_ip_translation_nat_rules_items(
        &self,
        request: &super::DescribeNatGatewaySourceIpTranslationNatRulesRequest,
    ) -> tencent_action_client::Items<
        super::DescribeNatGatewaySourceIpTranslationNatRulesRequest,
    > {
        self.inner.items(request)
    }

    /// 查询NAT网关可售卖的可用区信息: calls `DescribeNatGatewayZones`.
    ///
    /// 本接口(DescribeNatGatewayZones)用于查询NAT网关可售卖的可用区信息
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateway_zones<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewayZonesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNatGatewayZones>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries NAT gateways (查询NAT网关): calls `DescribeNatGateways`.
    ///
    /// This API is used to query NAT gateways.
    ///
    /// 本接口（DescribeNatGateways）用于查询 NAT 网关。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateways<'a>(
        &'a self,
        request: &'a super::DescribeNatGatewaysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNatGateways>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries NAT gateways (查询NAT网关): every page of `DescribeNatGateways`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateways_pages(
        &self,
        request: &super::DescribeNatGatewaysRequest,
    ) -> tencent_action_client::Pages<super::DescribeNatGatewaysRequest> {
        self.inner.pages(request)
    }

    /// Queries NAT gateways (查询NAT网关): every item of `DescribeNatGateways`.
    ///
    /// A stream of the elements of `NatGatewaySet` across the pages that `describe_nat_gateways_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_nat_gateways_items(
        &self,
        request: &super::DescribeNatGatewaysRequest,
    ) -> tencent_action_client::Items<super::DescribeNatGatewaysRequest> {
        self.inner.items(request)
    }

    /// DescribeNetDetectStates (查询网络探测验证结果列表): calls `DescribeNetDetectStates`.
    ///
    /// This API (DescribeNetDetectStates) is used to query the list of network detection verification results.
    ///
    /// 本接口(DescribeNetDetectStates)用于查询网络探测验证结果列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detect_states<'a>(
        &'a self,
        request: &'a super::DescribeNetDetectStatesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetDetectStates>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DescribeNetDetectStates (查询网络探测验证结果列表): every page of `DescribeNetDetectStates`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detect_states_pages(
        &self,
        request: &super::DescribeNetDetectStatesRequest,
    ) -> tencent_action_client::Pages<super::DescribeNetDetectStatesRequest> {
        self.inner.pages(request)
    }

    /// DescribeNetDetectStates (查询网络探测验证结果列表): every item of `DescribeNetDetectStates`.
    ///
    /// A stream of the elements of `NetDetectStateSet` across the pages that `describe_net_detect_states_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detect_states_items(
        &self,
        request: &super::DescribeNetDetectStatesRequest,
    ) -> tencent_action_client::Items<super::DescribeNetDetectStatesRequest> {
        self.inner.items(request)
    }

    /// DescribeNetDetects (查询网络探测列表): calls `DescribeNetDetects`.
    ///
    /// This API (DescribeNetDetects) is used to query the list of network detection instances.
    ///
    /// 本接口（DescribeNetDetects）用于查询网络探测列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detects<'a>(
        &'a self,
        request: &'a super::DescribeNetDetectsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetDetects>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DescribeNetDetects (查询网络探测列表): every page of `DescribeNetDetects`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detects_pages(
        &self,
        request: &super::DescribeNetDetectsRequest,
    ) -> tencent_action_client::Pages<super::DescribeNetDetectsRequest> {
        self.inner.pages(request)
    }

    /// DescribeNetDetects (查询网络探测列表): every item of `DescribeNetDetects`.
    ///
    /// A stream of the elements of `NetDetectSet` across the pages that `describe_net_detects_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_net_detects_items(
        &self,
        request: &super::DescribeNetDetectsRequest,
    ) -> tencent_action_client::Items<super::DescribeNetDetectsRequest> {
        self.inner.items(request)
    }

    /// 查询用户网络类型: calls `DescribeNetworkAccountType`.
    ///
    /// 判断用户在网络侧的用户类型，如标准（带宽上移），传统（非上移）。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_account_type<'a>(
        &'a self,
        request: &'a super::DescribeNetworkAccountTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetworkAccountType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of the network ACL quintuple entries (分页查询网络ACL五元组条目列表): calls `DescribeNetworkAclQuintupleEntries`.
    ///
    /// This API is used to query the list of in/outbound network ACL quintuple entries.
    ///
    /// 本接口（DescribeNetworkAclQuintupleEntries）查询入方向或出方向网络ACL五元组条目列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acl_quintuple_entries<'a>(
        &'a self,
        request: &'a super::DescribeNetworkAclQuintupleEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetworkAclQuintupleEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of the network ACL quintuple entries (分页查询网络ACL五元组条目列表): every page of `DescribeNetworkAclQuintupleEntries`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acl_quintuple_entries_pages(
        &self,
        request: &super::DescribeNetworkAclQuintupleEntriesRequest,
    ) -> tencent_action_client::Pages<super::DescribeNetworkAclQuintupleEntriesRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of the network ACL quintuple entries (分页查询网络ACL五元组条目列表): every item of `DescribeNetworkAclQuintupleEntries`.
    ///
    /// A stream of the elements of `NetworkAclQuintupleSet` across the pages that `describe_network_acl_quintuple_entries_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acl_quintuple_entries_items(
        &self,
        request: &super::DescribeNetworkAclQuintupleEntriesRequest,
    ) -> tencent_action_client::Items<super::DescribeNetworkAclQuintupleEntriesRequest> {
        self.inner.items(request)
    }

    /// Queries a list of network ACLs (查询网络ACL列表): calls `DescribeNetworkAcls`.
    ///
    /// This API is used to query a list of network ACLs.
    ///
    /// 本接口（DescribeNetworkAcls）用于查询网络ACL列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acls<'a>(
        &'a self,
        request: &'a super::DescribeNetworkAclsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetworkAcls>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a list of network ACLs (查询网络ACL列表): every page of `DescribeNetworkAcls`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acls_pages(
        &self,
        request: &super::DescribeNetworkAclsRequest,
    ) -> tencent_action_client::Pages<super::DescribeNetworkAclsRequest> {
        self.inner.pages(request)
    }

    /// Queries a list of network ACLs (查询网络ACL列表): every item of `DescribeNetworkAcls`.
    ///
    /// A stream of the elements of `NetworkAclSet` across the pages that `describe_network_acls_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_acls_items(
        &self,
        request: &super::DescribeNetworkAclsRequest,
    ) -> tencent_action_client::Items<super::DescribeNetworkAclsRequest> {
        self.inner.items(request)
    }

    /// DescribeNetworkInterfaceLimit (查询弹性网卡配额): calls `DescribeNetworkInterfaceLimit`.
    ///
    /// This API (DescribeNetworkInterfaceLimit) is used to query the ENI quota based on the ID of CVM instance or ENI. It returns the ENI quota to which the CVM instance can be bound and the IP address quota that can be allocated to the ENI.
    ///
    /// 本接口（DescribeNetworkInterfaceLimit）根据CVM实例ID或弹性网卡ID查询弹性网卡配额，返回该CVM实例或弹性网卡能绑定的弹性网卡配额，以及弹性网卡可以分配的IP配额。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_interface_limit<'a>(
        &'a self,
        request: &'a super::DescribeNetworkInterfaceLimitRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetworkInterfaceLimit>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the ENI list (查询弹性网卡列表): calls `DescribeNetworkInterfaces`.
    ///
    /// This API (DescribeNetworkInterfaces) is used to query the ENI list.
    ///
    /// 本接口（DescribeNetworkInterfaces）用于查询弹性网卡列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_interfaces<'a>(
        &'a self,
        request: &'a super::DescribeNetworkInterfacesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeNetworkInterfaces>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the ENI list (查询弹性网卡列表): every page of `DescribeNetworkInterfaces`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_interfaces_pages(
        &self,
        request: &super::DescribeNetworkInterfacesRequest,
    ) -> tencent_action_client::Pages<super::DescribeNetworkInterfacesRequest> {
        self.inner.pages(request)
    }

    /// Queries the ENI list (查询弹性网卡列表): every item of `DescribeNetworkInterfaces`.
    ///
    /// A stream of the elements of `NetworkInterfaceSet` across the pages that `describe_network_interfaces_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_network_interfaces_items(
        &self,
        request: &super::DescribeNetworkInterfacesRequest,
    ) -> tencent_action_client::Items<super::DescribeNetworkInterfacesRequest> {
        self.inner.items(request)
    }

    /// 查询私网NAT网关目的端口转换规则: calls `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// 本接口（DescribePrivateNatGatewayDestinationIpPortTranslationNatRules）用于查询私网NAT网关目的端口转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_destination_ip_port_translation_nat_rules<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRules,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私网NAT网关目的端口转换规则: every page of `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_destination_ip_port_translation_nat_rules_pages(
        &self,
        request: &super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询私网NAT网关目的端口转换规则: every item of `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
    ///
    /// A stream of the elements of `LocalDestinationIpPortTranslationNatRuleSet` across the pages that `describe_private_nat_gateway_destination_ip_port_translation_nat_rules_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_destination_ip_port_translation_nat_rules_items(
        &self,
        request: &super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest,
    ) -> tencent_action_client::Items<
        super::DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest,
    > {
        self.inner.items(request)
    }

    /// 查询可创建的私网NAT网关配额数量: calls `DescribePrivateNatGatewayLimits`.
    ///
    /// 本接口（DescribePrivateNatGatewayLimits）用于查询可创建的私网NAT网关配额数量
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_limits<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewayLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribePrivateNatGatewayLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询可创建的私网NAT网关配额数量: every page of `DescribePrivateNatGatewayLimits`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_limits_pages(
        &self,
        request: &super::DescribePrivateNatGatewayLimitsRequest,
    ) -> tencent_action_client::Pages<super::DescribePrivateNatGatewayLimitsRequest> {
        self.inner.pages(request)
    }

    /// 查询可创建的私网NAT网关配额数量: every item of `DescribePrivateNatGatewayLimits`.
    ///
    /// A stream of the elements of `PrivateNatGatewayLimitSet` across the pages that `describe_private_nat_gateway_limits_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_limits_items(
        &self,
        request: &super::DescribePrivateNatGatewayLimitsRequest,
    ) -> tencent_action_client::Items<super::DescribePrivateNatGatewayLimitsRequest> {
        self.inner.items(request)
    }

    /// 查询私网NAT网关可支持地域: calls `DescribePrivateNatGatewayRegions`.
    ///
    /// 本接口（DescribePrivateNatGatewayRegions）用于查询查询私网NAT网关可支持地域
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_regions<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewayRegionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribePrivateNatGatewayRegions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私网NAT网关源端转换访问控制规则: calls `DescribePrivateNatGatewayTranslationAclRules`.
    ///
    /// 本接口（DescribePrivateNatGatewayTranslationAclRules）用于查询私网NAT网关源端转换访问控制规则
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_acl_rules<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewayTranslationAclRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DescribePrivateNatGatewayTranslationAclRules,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私网NAT网关源端转换访问控制规则: every page of `DescribePrivateNatGatewayTranslationAclRules`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_acl_rules_pages(
        &self,
        request: &super::DescribePrivateNatGatewayTranslationAclRulesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribePrivateNatGatewayTranslationAclRulesRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询私网NAT网关源端转换访问控制规则: every item of `DescribePrivateNatGatewayTranslationAclRules`.
    ///
    /// A stream of the elements of `TranslationAclRuleSet` across the pages that `describe_private_nat_gateway_translation_acl_rules_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_acl_rules_items(
        &self,
        request: &super::DescribePrivateNatGatewayTranslationAclRulesRequest,
    ) -> tencent_action_client::Items<
        super::DescribePrivateNatGatewayTranslationAclRulesRequest,
    > {
        self.inner.items(request)
    }

    /// 查询私网NAT网关源端转换规则: calls `DescribePrivateNatGatewayTranslationNatRules`.
    ///
    /// 本接口（DescribePrivateNatGatewayTranslationNatRules）用于查询私网NAT网关源端转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_nat_rules<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewayTranslationNatRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::DescribePrivateNatGatewayTranslationNatRules,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私网NAT网关源端转换规则: every page of `DescribePrivateNatGatewayTranslationNatRules`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_nat_rules_pages(
        &self,
        request: &super::DescribePrivateNatGatewayTranslationNatRulesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribePrivateNatGatewayTranslationNatRulesRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询私网NAT网关源端转换规则: every item of `DescribePrivateNatGatewayTranslationNatRules`.
    ///
    /// A stream of the elements of `TranslationNatRuleSet` across the pages that `describe_private_nat_gateway_translation_nat_rules_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateway_translation_nat_rules_items(
        &self,
        request: &super::DescribePrivateNatGatewayTranslationNatRulesRequest,
    ) -> tencent_action_client::Items<
        super::DescribePrivateNatGatewayTranslationNatRulesRequest,
    > {
        self.inner.items(request)
    }

    /// 查询私网NAT网关: calls `DescribePrivateNatGateways`.
    ///
    /// 本接口（DescribePrivateNatGateways）用于查询私网NAT网关
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateways<'a>(
        &'a self,
        request: &'a super::DescribePrivateNatGatewaysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribePrivateNatGateways>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私网NAT网关: every page of `DescribePrivateNatGateways`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateways_pages(
        &self,
        request: &super::DescribePrivateNatGatewaysRequest,
    ) -> tencent_action_client::Pages<super::DescribePrivateNatGatewaysRequest> {
        self.inner.pages(request)
    }

    /// 查询私网NAT网关: every item of `DescribePrivateNatGateways`.
    ///
    /// A stream of the elements of `PrivateNatGatewaySet` across the pages that `describe_private_nat_gateways_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_private_nat_gateways_items(
        &self,
        request: &super::DescribePrivateNatGatewaysRequest,
    ) -> tencent_action_client::Items<super::DescribePrivateNatGatewaysRequest> {
        self.inner.items(request)
    }

    /// 查询网络产品配额信息: calls `DescribeProductQuota`.
    ///
    /// 本接口（DescribeProductQuota）用于查询网络产品的配额信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_product_quota<'a>(
        &'a self,
        request: &'a super::DescribeProductQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeProductQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries reserved private IP addresses (查询内网保留IP): calls `DescribeReserveIpAddresses`.
    ///
    /// This API is used to query reserved private IP addresses.
    ///
    /// 查询内网保留 IP
    #[allow(deprecated)]
    #[inline]
    pub fn describe_reserve_ip_addresses<'a>(
        &'a self,
        request: &'a super::DescribeReserveIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeReserveIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries reserved private IP addresses (查询内网保留IP): every page of `DescribeReserveIpAddresses`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_reserve_ip_addresses_pages(
        &self,
        request: &super::DescribeReserveIpAddressesRequest,
    ) -> tencent_action_client::Pages<super::DescribeReserveIpAddressesRequest> {
        self.inner.pages(request)
    }

    /// Queries reserved private IP addresses (查询内网保留IP): every item of `DescribeReserveIpAddresses`.
    ///
    /// A stream of the elements of `ReserveIpAddressSet` across the pages that `describe_reserve_ip_addresses_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_reserve_ip_addresses_items(
        &self,
        request: &super::DescribeReserveIpAddressesRequest,
    ) -> tencent_action_client::Items<super::DescribeReserveIpAddressesRequest> {
        self.inner.items(request)
    }

    /// 查询路由策略冲突列表: calls `DescribeRouteConflicts`.
    ///
    /// 本接口（DescribeRouteConflicts）用于查询自定义路由策略与云联网路由策略冲突列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_conflicts<'a>(
        &'a self,
        request: &'a super::DescribeRouteConflictsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRouteConflicts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询路由条目列表: calls `DescribeRouteList`.
    ///
    /// 本接口（DescribeRouteList）用于查询路由条目列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_list<'a>(
        &'a self,
        request: &'a super::DescribeRouteListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRouteList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询路由条目列表: every page of `DescribeRouteList`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_list_pages(
        &self,
        request: &super::DescribeRouteListRequest,
    ) -> tencent_action_client::Pages<super::DescribeRouteListRequest> {
        self.inner.pages(request)
    }

    /// 查询路由条目列表: every item of `DescribeRouteList`.
    ///
    /// A stream of the elements of `RouteSet` across the pages that `describe_route_list_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_list_items(
        &self,
        request: &super::DescribeRouteListRequest,
    ) -> tencent_action_client::Items<super::DescribeRouteListRequest> {
        self.inner.items(request)
    }

    /// 用户查询路由策略列表: calls `DescribeRoutePolicies`.
    ///
    /// 本接口（DescribeRoutePolicies）用于查询路由策略列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_policies<'a>(
        &'a self,
        request: &'a super::DescribeRoutePoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRoutePolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// View a route reception policy entry (查看路由接收策略条目): calls `DescribeRoutePolicyEntries`.
    ///
    /// This API is used to query the route reception policy entry list.
    ///
    /// 本接口（DescribeRoutePolicyEntries）用于查询路由接收策略条目列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_policy_entries<'a>(
        &'a self,
        request: &'a super::DescribeRoutePolicyEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRoutePolicyEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// View a route reception policy entry (查看路由接收策略条目): every page of `DescribeRoutePolicyEntries`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_policy_entries_pages(
        &self,
        request: &super::DescribeRoutePolicyEntriesRequest,
    ) -> tencent_action_client::Pages<super::DescribeRoutePolicyEntriesRequest> {
        self.inner.pages(request)
    }

    /// View a route reception policy entry (查看路由接收策略条目): every item of `DescribeRoutePolicyEntries`.
    ///
    /// A stream of the elements of `RoutePolicyEntrySet` across the pages that `describe_route_policy_entries_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_policy_entries_items(
        &self,
        request: &super::DescribeRoutePolicyEntriesRequest,
    ) -> tencent_action_client::Items<super::DescribeRoutePolicyEntriesRequest> {
        self.inner.items(request)
    }

    /// 查询实例绑定路由表信息: calls `DescribeRouteTableAssociatedInstances`.
    ///
    /// 本接口（DescribeRouteTableAssociatedInstances）用于查询指定的云联网关联的实例所绑定的路由表信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_associated_instances<'a>(
        &'a self,
        request: &'a super::DescribeRouteTableAssociatedInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRouteTableAssociatedInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例绑定路由表信息: every page of `DescribeRouteTableAssociatedInstances`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_associated_instances_pages(
        &self,
        request: &super::DescribeRouteTableAssociatedInstancesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeRouteTableAssociatedInstancesRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询实例绑定路由表信息: every item of `DescribeRouteTableAssociatedInstances`.
    ///
    /// A stream of the elements of `InstanceBindSet` across the pages that `describe_route_table_associated_instances_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_associated_instances_items(
        &self,
        request: &super::DescribeRouteTableAssociatedInstancesRequest,
    ) -> tencent_action_client::Items<
        super::DescribeRouteTableAssociatedInstancesRequest,
    > {
        self.inner.items(request)
    }

    /// 查询云联网路由表选择策略信息: calls `DescribeRouteTableSelectionPolicies`.
    ///
    /// 本接口（DescribeRouteTableSelectionPolicies）用于查询云联网路由表选择策略。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_selection_policies<'a>(
        &'a self,
        request: &'a super::DescribeRouteTableSelectionPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRouteTableSelectionPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询云联网路由表选择策略信息: every page of `DescribeRouteTableSelectionPolicies`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_selection_policies_pages(
        &self,
        request: &super::DescribeRouteTableSelectionPoliciesRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeRouteTableSelectionPoliciesRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询云联网路由表选择策略信息: every item of `DescribeRouteTableSelectionPolicies`.
    ///
    /// A stream of the elements of `RouteSelectionPolicySet` across the pages that `describe_route_table_selection_policies_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_table_selection_policies_items(
        &self,
        request: &super::DescribeRouteTableSelectionPoliciesRequest,
    ) -> tencent_action_client::Items<
        super::DescribeRouteTableSelectionPoliciesRequest,
    > {
        self.inner.items(request)
    }

    /// Queries the route table list (查询路由表): calls `DescribeRouteTables`.
    ///
    /// This API is used to query route tables.
    ///
    /// 本接口（DescribeRouteTables）用于查询路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_route_tables<'a>(
        &'a self,
        request: &'a super::DescribeRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询路由列表: calls `DescribeRoutes`.
    ///
    /// 本接口（DescribeRoutes）用于查询路由列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_routes<'a>(
        &'a self,
        request: &'a super::DescribeRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询路由列表: every page of `DescribeRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_routes_pages(
        &self,
        request: &super::DescribeRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeRoutesRequest> {
        self.inner.pages(request)
    }

    /// 查询路由列表: every item of `DescribeRoutes`.
    ///
    /// A stream of the elements of `RouteSet` across the pages that `describe_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_routes_items(
        &self,
        request: &super::DescribeRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeRoutesRequest> {
        self.inner.items(request)
    }

    /// Queries statistics on the instances associated with a security group (查询安全组关联实例统计): calls `DescribeSecurityGroupAssociationStatistics`.
    ///
    /// This API (DescribeSecurityGroupAssociationStatistics) is used to query statistics on the instances associated with a security group.
    ///
    /// 本接口（DescribeSecurityGroupAssociationStatistics）用于查询安全组关联的实例统计。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_group_association_statistics<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupAssociationStatisticsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroupAssociationStatistics>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查看参数模板展开后的安全组规则: calls `DescribeSecurityGroupExpandedPolicies`.
    ///
    /// 本接口（DescribeSecurityGroupExpandedPolicies）用于查看参数模板展开后的安全组规则。本接口会通过缓存降低请求后端服务的调用次数，因此拉取结果会存在延迟（缓存超时时间为1分钟）。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_group_expanded_policies<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupExpandedPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroupExpandedPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询用户安全组配额: calls `DescribeSecurityGroupLimits`.
    ///
    /// 本接口(DescribeSecurityGroupLimits)用于查询用户安全组配额。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_group_limits<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroupLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries security group policies (查询安全组规则): calls `DescribeSecurityGroupPolicies`.
    ///
    /// This API (DescribeSecurityGroupPolicies) is used to query security group policies.
    ///
    /// 本接口（DescribeSecurityGroupPolicies）用于查询安全组规则。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_group_policies<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroupPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries referred security groups (查询安全组被引用信息): calls `DescribeSecurityGroupReferences`.
    ///
    /// This API (DescribeSecurityGroupReferences) is used to query referred security groups.
    ///
    /// 本接口（DescribeSecurityGroupReferences）用于查询安全组被引用信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_group_references<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupReferencesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroupReferences>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries security groups (查看安全组): calls `DescribeSecurityGroups`.
    ///
    /// This API (DescribeSecurityGroups) is used to query security groups.
    ///
    /// 本接口（DescribeSecurityGroups）用于查询安全组。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_security_groups<'a>(
        &'a self,
        request: &'a super::DescribeSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询参数模板协议端口组关联的实例列表: calls `DescribeServiceTemplateGroupInstances`.
    ///
    /// 本接口（DescribeServiceTemplateGroupInstances）用于查询参数模板协议端口组关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_service_template_group_instances<'a>(
        &'a self,
        request: &'a super::DescribeServiceTemplateGroupInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeServiceTemplateGroupInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a protocol port template group (查询协议端口模板集合): calls `DescribeServiceTemplateGroups`.
    ///
    /// This API (DescribeServiceTemplateGroups) is used to query a protocol port template group.
    ///
    /// 本接口（DescribeServiceTemplateGroups）用于查询协议端口模板集合。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_service_template_groups<'a>(
        &'a self,
        request: &'a super::DescribeServiceTemplateGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeServiceTemplateGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询参数模板协议端口关联的实例列表: calls `DescribeServiceTemplateInstances`.
    ///
    /// 本接口（DescribeServiceTemplateInstances）用于查询参数模板协议端口关联的实例列表。本接口不会返回查询的结果，需要根据返回的RequestId调用DescribeVpcTaskResult接口获取结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_service_template_instances<'a>(
        &'a self,
        request: &'a super::DescribeServiceTemplateInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeServiceTemplateInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a protocol port template (查询协议端口模板): calls `DescribeServiceTemplates`.
    ///
    /// This API (DescribeServiceTemplates) is used to query protocol port templates.
    ///
    /// 本接口（DescribeServiceTemplates）用于查询协议端口模板。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_service_templates<'a>(
        &'a self,
        request: &'a super::DescribeServiceTemplatesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeServiceTemplates>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Querying contents of snapshot files (查询安全组快照文件内容): calls `DescribeSgSnapshotFileContent`.
    ///
    /// This API is used to query the snapshot file contents.
    ///
    /// 本接口（DescribeSgSnapshotFileContent）用于查询安全组快照文件内容。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_sg_snapshot_file_content<'a>(
        &'a self,
        request: &'a super::DescribeSgSnapshotFileContentRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSgSnapshotFileContent>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries instances associated with a snapshot policy (查询快照策略关联实例列表): calls `DescribeSnapshotAttachedInstances`.
    ///
    /// This API is used to query instances associated with a snapshot policy.
    ///
    /// 本接口（DescribeSnapshotAttachedInstances）用于查询快照策略关联实例列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_attached_instances<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotAttachedInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotAttachedInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries instances associated with a snapshot policy (查询快照策略关联实例列表): every page of `DescribeSnapshotAttachedInstances`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_attached_instances_pages(
        &self,
        request: &super::DescribeSnapshotAttachedInstancesRequest,
    ) -> tencent_action_client::Pages<super::DescribeSnapshotAttachedInstancesRequest> {
        self.inner.pages(request)
    }

    /// Queries instances associated with a snapshot policy (查询快照策略关联实例列表): every item of `DescribeSnapshotAttachedInstances`.
    ///
    /// A stream of the elements of `InstanceSet` across the pages that `describe_snapshot_attached_instances_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_attached_instances_items(
        &self,
        request: &super::DescribeSnapshotAttachedInstancesRequest,
    ) -> tencent_action_client::Items<super::DescribeSnapshotAttachedInstancesRequest> {
        self.inner.items(request)
    }

    /// Query snapshot files (查询快照文件): calls `DescribeSnapshotFiles`.
    ///
    /// This API is used to query snapshot files.
    ///
    /// 本接口（DescribeSnapshotFiles）用于查询快照文件。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_files<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotFilesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotFiles>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Query snapshot files (查询快照文件): every page of `DescribeSnapshotFiles`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_files_pages(
        &self,
        request: &super::DescribeSnapshotFilesRequest,
    ) -> tencent_action_client::Pages<super::DescribeSnapshotFilesRequest> {
        self.inner.pages(request)
    }

    /// Query snapshot files (查询快照文件): every item of `DescribeSnapshotFiles`.
    ///
    /// A stream of the elements of `SnapshotFileSet` across the pages that `describe_snapshot_files_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_files_items(
        &self,
        request: &super::DescribeSnapshotFilesRequest,
    ) -> tencent_action_client::Items<super::DescribeSnapshotFilesRequest> {
        self.inner.items(request)
    }

    /// Queries snapshot policies (查询快照策略): calls `DescribeSnapshotPolicies`.
    ///
    /// This API is used to query snapshot policies.
    ///
    /// 本接口（DescribeSnapshotPolicies）用于查询快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_policies<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries snapshot policies (查询快照策略): every page of `DescribeSnapshotPolicies`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_policies_pages(
        &self,
        request: &super::DescribeSnapshotPoliciesRequest,
    ) -> tencent_action_client::Pages<super::DescribeSnapshotPoliciesRequest> {
        self.inner.pages(request)
    }

    /// Queries snapshot policies (查询快照策略): every item of `DescribeSnapshotPolicies`.
    ///
    /// A stream of the elements of `SnapshotPolicySet` across the pages that `describe_snapshot_policies_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_policies_items(
        &self,
        request: &super::DescribeSnapshotPoliciesRequest,
    ) -> tencent_action_client::Items<super::DescribeSnapshotPoliciesRequest> {
        self.inner.items(request)
    }

    /// 查询指定共享流量包的用量明细: calls `DescribeSpecificTrafficPackageUsedDetails`.
    ///
    /// 本接口 (DescribeSpecificTrafficPackageUsedDetails) 用于查询指定 共享流量包 的用量明细。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_specific_traffic_package_used_details<'a>(
        &'a self,
        request: &'a super::DescribeSpecificTrafficPackageUsedDetailsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSpecificTrafficPackageUsedDetails>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询指定共享流量包的用量明细: every page of `DescribeSpecificTrafficPackageUsedDetails`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_specific_traffic_package_used_details_pages(
        &self,
        request: &super::DescribeSpecificTrafficPackageUsedDetailsRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeSpecificTrafficPackageUsedDetailsRequest,
    > {
        self.inner.pages(request)
    }

    /// 查询指定共享流量包的用量明细: every item of `DescribeSpecificTrafficPackageUsedDetails`.
    ///
    /// A stream of the elements of `UsedDetailSet` across the pages that `describe_specific_traffic_package_used_details_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_specific_traffic_package_used_details_items(
        &self,
        request: &super::DescribeSpecificTrafficPackageUsedDetailsRequest,
    ) -> tencent_action_client::Items<
        super::DescribeSpecificTrafficPackageUsedDetailsRequest,
    > {
        self.inner.items(request)
    }

    /// Queries resources associated with the subnet (查看Subnet资源信息): calls `DescribeSubnetResourceDashboard`.
    ///
    /// This API is used to query the subnet resource.
    ///
    /// 本接口(DescribeSubnetResourceDashboard)用于查看Subnet资源信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_subnet_resource_dashboard<'a>(
        &'a self,
        request: &'a super::DescribeSubnetResourceDashboardRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSubnetResourceDashboard>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the subnet list (查询子网列表): calls `DescribeSubnets`.
    ///
    /// This API (DescribeSubnets) is used to query the list of subnets.
    ///
    /// 本接口（DescribeSubnets）用于查询子网列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_subnets<'a>(
        &'a self,
        request: &'a super::DescribeSubnetsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSubnets>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the subnet list (查询子网列表): every page of `DescribeSubnets`.
    ///
    /// A stream of the answers, from the page the request asks for (its `NextToken`, none for the first page) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_subnets_pages(
        &self,
        request: &super::DescribeSubnetsRequest,
    ) -> tencent_action_client::Pages<super::DescribeSubnetsRequest> {
        self.inner.pages(request)
    }

    /// Queries the subnet list (查询子网列表): every item of `DescribeSubnets`.
    ///
    /// A stream of the elements of `SubnetSet` across the pages that `describe_subnets_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_subnets_items(
        &self,
        request: &super::DescribeSubnetsRequest,
    ) -> tencent_action_client::Items<super::DescribeSubnetsRequest> {
        self.inner.items(request)
    }

    /// Queries the async job execution results (查询异步任务执行结果): calls `DescribeTaskResult`.
    ///
    /// This API is used to query the EIP async job execution results.
    ///
    /// 本接口（DescribeTaskResult）用于查询EIP异步任务执行结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_task_result<'a>(
        &'a self,
        request: &'a super::DescribeTaskResultRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTaskResult>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询参数模板配额列表: calls `DescribeTemplateLimits`.
    ///
    /// 本接口（DescribeTemplateLimits）用于查询参数模板配额列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_template_limits<'a>(
        &'a self,
        request: &'a super::DescribeTemplateLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTemplateLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询租户云联网实例: calls `DescribeTenantCcns`.
    ///
    /// 本接口（DescribeTenantCcns）用于获取要锁定的云联网实例列表。
    ///
    /// 该接口一般用来封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间封禁, 只能按更粗的云联网实例粒度封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度封禁（DescribeCrossBorderCcnRegionBandwidthLimits）
    ///
    /// 如有需要, 可以封禁任意云联网实例, 可接入到内部运营系统
    #[allow(deprecated)]
    #[inline]
    pub fn describe_tenant_ccns<'a>(
        &'a self,
        request: &'a super::DescribeTenantCcnsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTenantCcns>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询租户云联网实例: every page of `DescribeTenantCcns`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_tenant_ccns_pages(
        &self,
        request: &super::DescribeTenantCcnsRequest,
    ) -> tencent_action_client::Pages<super::DescribeTenantCcnsRequest> {
        self.inner.pages(request)
    }

    /// 查询租户云联网实例: every item of `DescribeTenantCcns`.
    ///
    /// A stream of the elements of `CcnSet` across the pages that `describe_tenant_ccns_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_tenant_ccns_items(
        &self,
        request: &super::DescribeTenantCcnsRequest,
    ) -> tencent_action_client::Items<super::DescribeTenantCcnsRequest> {
        self.inner.items(request)
    }

    /// 查询流量镜像过滤规则。: calls `DescribeTrafficMirrorFilterRules`.
    ///
    /// 查询流量镜像五元组过滤规则。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_mirror_filter_rules<'a>(
        &'a self,
        request: &'a super::DescribeTrafficMirrorFilterRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTrafficMirrorFilterRules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries traffic mirroring for a user (用户查询流量镜像): calls `DescribeTrafficMirrors`.
    ///
    /// This API is used to query the information of a traffic mirroring instance.
    ///
    /// 本接口（DescribeTrafficMirrors）用于查询流量镜像实例信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_mirrors<'a>(
        &'a self,
        request: &'a super::DescribeTrafficMirrorsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTrafficMirrors>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries traffic mirroring for a user (用户查询流量镜像): every page of `DescribeTrafficMirrors`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_mirrors_pages(
        &self,
        request: &super::DescribeTrafficMirrorsRequest,
    ) -> tencent_action_client::Pages<super::DescribeTrafficMirrorsRequest> {
        self.inner.pages(request)
    }

    /// Queries traffic mirroring for a user (用户查询流量镜像): every item of `DescribeTrafficMirrors`.
    ///
    /// A stream of the elements of `TrafficMirrorSet` across the pages that `describe_traffic_mirrors_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_mirrors_items(
        &self,
        request: &super::DescribeTrafficMirrorsRequest,
    ) -> tencent_action_client::Items<super::DescribeTrafficMirrorsRequest> {
        self.inner.items(request)
    }

    /// Queries the list of shared traffic packages (查询共享流量包): calls `DescribeTrafficPackages`.
    ///
    /// This API is used to query the details of shared traffic packages.
    ///
    /// 本接口 (DescribeTrafficPackages)  用于查询共享流量包详细信息，包括共享流量包唯一标识ID，名称，流量使用信息等
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_packages<'a>(
        &'a self,
        request: &'a super::DescribeTrafficPackagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTrafficPackages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of shared traffic packages (查询共享流量包): every page of `DescribeTrafficPackages`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_packages_pages(
        &self,
        request: &super::DescribeTrafficPackagesRequest,
    ) -> tencent_action_client::Pages<super::DescribeTrafficPackagesRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of shared traffic packages (查询共享流量包): every item of `DescribeTrafficPackages`.
    ///
    /// A stream of the elements of `TrafficPackageSet` across the pages that `describe_traffic_packages_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_packages_items(
        &self,
        request: &super::DescribeTrafficPackagesRequest,
    ) -> tencent_action_client::Items<super::DescribeTrafficPackagesRequest> {
        self.inner.items(request)
    }

    /// 查询流量调度规则: calls `DescribeTrafficQosPolicy`.
    ///
    /// 查询流量调度规则
    #[allow(deprecated)]
    #[inline]
    pub fn describe_traffic_qos_policy<'a>(
        &'a self,
        request: &'a super::DescribeTrafficQosPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTrafficQosPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries IP usage of the subnet or VPC (查看子网或者vpc内IP使用情况): calls `DescribeUsedIpAddress`.
    ///
    /// This API is used to query the IP usage of a subnet or VPC.
    ///
    /// If the IP is occupied, the resource type and ID associated with the are is returned. If the IP is not used, it returns null.
    ///
    /// 本接口(DescribeUsedIpAddress)用于查询Subnet或者Vpc内的ip的使用情况，
    ///
    /// 如ip被占用，返回占用ip的资源类别与id；如未被占用，返回空值
    #[allow(deprecated)]
    #[inline]
    pub fn describe_used_ip_address<'a>(
        &'a self,
        request: &'a super::DescribeUsedIpAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeUsedIpAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries IP usage of the subnet or VPC (查看子网或者vpc内IP使用情况): every page of `DescribeUsedIpAddress`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_used_ip_address_pages(
        &self,
        request: &super::DescribeUsedIpAddressRequest,
    ) -> tencent_action_client::Pages<super::DescribeUsedIpAddressRequest> {
        self.inner.pages(request)
    }

    /// Queries IP usage of the subnet or VPC (查看子网或者vpc内IP使用情况): every item of `DescribeUsedIpAddress`.
    ///
    /// A stream of the elements of `IpAddressStates` across the pages that `describe_used_ip_address_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_used_ip_address_items(
        &self,
        request: &super::DescribeUsedIpAddressRequest,
    ) -> tencent_action_client::Items<super::DescribeUsedIpAddressRequest> {
        self.inner.items(request)
    }

    /// Queries the endpoint list (查询终端节点列表): calls `DescribeVpcEndPoint`.
    ///
    /// This API is used to query the endpoint list.
    ///
    /// 本接口（DescribeVpcEndPoint）用于查询终端节点列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point<'a>(
        &'a self,
        request: &'a super::DescribeVpcEndPointRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcEndPoint>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the endpoint list (查询终端节点列表): every page of `DescribeVpcEndPoint`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_pages(
        &self,
        request: &super::DescribeVpcEndPointRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpcEndPointRequest> {
        self.inner.pages(request)
    }

    /// Queries the endpoint list (查询终端节点列表): every item of `DescribeVpcEndPoint`.
    ///
    /// A stream of the elements of `EndPointSet` across the pages that `describe_vpc_end_point_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_items(
        &self,
        request: &super::DescribeVpcEndPointRequest,
    ) -> tencent_action_client::Items<super::DescribeVpcEndPointRequest> {
        self.inner.items(request)
    }

    /// Queries the endpoint service list (查询终端节点服务列表): calls `DescribeVpcEndPointService`.
    ///
    /// This API is used to query the endpoint service list.
    ///
    /// 本接口（DescribeVpcEndPointService）用于查询终端节点服务列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service<'a>(
        &'a self,
        request: &'a super::DescribeVpcEndPointServiceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcEndPointService>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the endpoint service list (查询终端节点服务列表): every page of `DescribeVpcEndPointService`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service_pages(
        &self,
        request: &super::DescribeVpcEndPointServiceRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpcEndPointServiceRequest> {
        self.inner.pages(request)
    }

    /// Queries the endpoint service list (查询终端节点服务列表): every item of `DescribeVpcEndPointService`.
    ///
    /// A stream of the elements of `EndPointServiceSet` across the pages that `describe_vpc_end_point_service_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service_items(
        &self,
        request: &super::DescribeVpcEndPointServiceRequest,
    ) -> tencent_action_client::Items<super::DescribeVpcEndPointServiceRequest> {
        self.inner.items(request)
    }

    /// Queries the endpoint service allowlist (查询终端节点服务的服务白名单列表): calls `DescribeVpcEndPointServiceWhiteList`.
    ///
    /// This API is used to query the endpoint service allowlist.
    ///
    /// 本接口（DescribeVpcEndPointServiceWhiteList）用于查询终端节点服务的服务白名单列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service_white_list<'a>(
        &'a self,
        request: &'a super::DescribeVpcEndPointServiceWhiteListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcEndPointServiceWhiteList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the endpoint service allowlist (查询终端节点服务的服务白名单列表): every page of `DescribeVpcEndPointServiceWhiteList`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service_white_list_pages(
        &self,
        request: &super::DescribeVpcEndPointServiceWhiteListRequest,
    ) -> tencent_action_client::Pages<
        super::DescribeVpcEndPointServiceWhiteListRequest,
    > {
        self.inner.pages(request)
    }

    /// Queries the endpoint service allowlist (查询终端节点服务的服务白名单列表): every item of `DescribeVpcEndPointServiceWhiteList`.
    ///
    /// A stream of the elements of `VpcEndPointServiceUserSet` across the pages that `describe_vpc_end_point_service_white_list_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_end_point_service_white_list_items(
        &self,
        request: &super::DescribeVpcEndPointServiceWhiteListRequest,
    ) -> tencent_action_client::Items<
        super::DescribeVpcEndPointServiceWhiteListRequest,
    > {
        self.inner.items(request)
    }

    /// Queries a list of VCM instances on VPC (查询VPC下的云主机实例列表): calls `DescribeVpcInstances`.
    ///
    /// This API (DescribeVpcInstances) is used to query a list of VCM instances on VPC.
    ///
    /// 本接口（DescribeVpcInstances）用于查询VPC下的云主机实例列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_instances<'a>(
        &'a self,
        request: &'a super::DescribeVpcInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a list of VCM instances on VPC (查询VPC下的云主机实例列表): every page of `DescribeVpcInstances`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_instances_pages(
        &self,
        request: &super::DescribeVpcInstancesRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpcInstancesRequest> {
        self.inner.pages(request)
    }

    /// Queries a list of VCM instances on VPC (查询VPC下的云主机实例列表): every item of `DescribeVpcInstances`.
    ///
    /// A stream of the elements of `InstanceSet` across the pages that `describe_vpc_instances_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_instances_items(
        &self,
        request: &super::DescribeVpcInstancesRequest,
    ) -> tencent_action_client::Items<super::DescribeVpcInstancesRequest> {
        self.inner.items(request)
    }

    /// Queries the IPv6 list of a VPC (查询VPC内IPv6列表): calls `DescribeVpcIpv6Addresses`.
    ///
    /// This API (DescribeVpcIpv6Addresses) is used to query `VPC` `IPv6` information.
    ///
    /// This API is used to query only the information of `IPv6` addresses that are already in use. When querying IPs that have not yet been used, this API will not report an error, but the IPs will not appear in the returned results.
    ///
    /// 本接口（DescribeVpcIpv6Addresses）用于查询 `VPC` `IPv6` 信息。
    ///
    /// 只能查询已使用的`IPv6`信息，当查询未使用的IP时，本接口不会报错，但不会出现在返回结果里。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::DescribeVpcIpv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcIpv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the IPv6 list of a VPC (查询VPC内IPv6列表): every page of `DescribeVpcIpv6Addresses`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_ipv6_addresses_pages(
        &self,
        request: &super::DescribeVpcIpv6AddressesRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpcIpv6AddressesRequest> {
        self.inner.pages(request)
    }

    /// Queries the IPv6 list of a VPC (查询VPC内IPv6列表): every item of `DescribeVpcIpv6Addresses`.
    ///
    /// A stream of the elements of `Ipv6AddressSet` across the pages that `describe_vpc_ipv6_addresses_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_ipv6_addresses_items(
        &self,
        request: &super::DescribeVpcIpv6AddressesRequest,
    ) -> tencent_action_client::Items<super::DescribeVpcIpv6AddressesRequest> {
        self.inner.items(request)
    }

    /// 获取私有网络配额: calls `DescribeVpcLimits`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_limits<'a>(
        &'a self,
        request: &'a super::DescribeVpcLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私有网络对等连接: calls `DescribeVpcPeeringConnections`.
    ///
    /// 查询私有网络对等连接。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_peering_connections<'a>(
        &'a self,
        request: &'a super::DescribeVpcPeeringConnectionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcPeeringConnections>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询私有网络对等连接: every page of `DescribeVpcPeeringConnections`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_peering_connections_pages(
        &self,
        request: &super::DescribeVpcPeeringConnectionsRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpcPeeringConnectionsRequest> {
        self.inner.pages(request)
    }

    /// 查询私有网络对等连接: every item of `DescribeVpcPeeringConnections`.
    ///
    /// A stream of the elements of `PeerConnectionSet` across the pages that `describe_vpc_peering_connections_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_peering_connections_items(
        &self,
        request: &super::DescribeVpcPeeringConnectionsRequest,
    ) -> tencent_action_client::Items<super::DescribeVpcPeeringConnectionsRequest> {
        self.inner.items(request)
    }

    /// Queries the private IP information of a VPC (查询VPC内网IP信息): calls `DescribeVpcPrivateIpAddresses`.
    ///
    /// This API (DescribeVpcPrivateIpAddresses) is used to query the private IP information of a VPC.
    ///
    /// This API is used to query only the information of IP addresses that are already in use. When querying IPs that have not yet been used, this API will not report an error, but the IPs will not appear in the returned results.
    ///
    /// 本接口（DescribeVpcPrivateIpAddresses）用于查询VPC内网IP信息。
    ///
    /// 只能查询已使用的IP信息，当查询未使用的IP时，本接口不会报错，但不会出现在返回结果里。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_private_ip_addresses<'a>(
        &'a self,
        request: &'a super::DescribeVpcPrivateIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcPrivateIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views VPC resources. (查看VPC资源信息): calls `DescribeVpcResourceDashboard`.
    ///
    /// View VPC resources.
    ///
    /// 本接口(DescribeVpcResourceDashboard)用于查看VPC资源信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_resource_dashboard<'a>(
        &'a self,
        request: &'a super::DescribeVpcResourceDashboardRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcResourceDashboard>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries VPC async task execution results (查询VPC异步任务执行结果): calls `DescribeVpcTaskResult`.
    ///
    /// This API is used to query the execution result of a VPC task.
    ///
    /// 本接口（DescribeVpcTaskResult）用于查询VPC任务执行结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpc_task_result<'a>(
        &'a self,
        request: &'a super::DescribeVpcTaskResultRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcTaskResult>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the VPC list (查询VPC列表): calls `DescribeVpcs`.
    ///
    /// This API (DescribeVpcs) is used to query the VPC list.
    ///
    /// 本接口（DescribeVpcs）用于查询私有网络列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpcs<'a>(
        &'a self,
        request: &'a super::DescribeVpcsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpcs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the VPN tunnel list (查询VPN通道列表): calls `DescribeVpnConnections`.
    ///
    /// This API is used to used to query the list of VPN tunnels.
    ///
    /// 本接口（DescribeVpnConnections）用于查询VPN通道列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_connections<'a>(
        &'a self,
        request: &'a super::DescribeVpnConnectionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnConnections>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the VPN tunnel list (查询VPN通道列表): every page of `DescribeVpnConnections`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_connections_pages(
        &self,
        request: &super::DescribeVpnConnectionsRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnConnectionsRequest> {
        self.inner.pages(request)
    }

    /// Queries the VPN tunnel list (查询VPN通道列表): every item of `DescribeVpnConnections`.
    ///
    /// A stream of the elements of `VpnConnectionSet` across the pages that `describe_vpn_connections_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_connections_items(
        &self,
        request: &super::DescribeVpnConnectionsRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnConnectionsRequest> {
        self.inner.items(request)
    }

    /// Querying VPN gateway-based CCN routes (查询VPN网关云联网路由): calls `DescribeVpnGatewayCcnRoutes`.
    ///
    /// This API is used to query VPN gateway-based CCN routes.
    ///
    /// 本接口（DescribeVpnGatewayCcnRoutes）用于查询VPN网关云联网路由。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::DescribeVpnGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Querying VPN gateway-based CCN routes (查询VPN网关云联网路由): every page of `DescribeVpnGatewayCcnRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ccn_routes_pages(
        &self,
        request: &super::DescribeVpnGatewayCcnRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnGatewayCcnRoutesRequest> {
        self.inner.pages(request)
    }

    /// Querying VPN gateway-based CCN routes (查询VPN网关云联网路由): every item of `DescribeVpnGatewayCcnRoutes`.
    ///
    /// A stream of the elements of `RouteSet` across the pages that `describe_vpn_gateway_ccn_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ccn_routes_items(
        &self,
        request: &super::DescribeVpnGatewayCcnRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnGatewayCcnRoutesRequest> {
        self.inner.items(request)
    }

    /// Queries routes of a VPN gateway (查询VPN网关路由): calls `DescribeVpnGatewayRoutes`.
    ///
    /// This API is used to query VPN gateway routes.
    ///
    /// 本接口（DescribeVpnGatewayRoutes）用于查询VPN网关路由。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_routes<'a>(
        &'a self,
        request: &'a super::DescribeVpnGatewayRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnGatewayRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries routes of a VPN gateway (查询VPN网关路由): every page of `DescribeVpnGatewayRoutes`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_routes_pages(
        &self,
        request: &super::DescribeVpnGatewayRoutesRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnGatewayRoutesRequest> {
        self.inner.pages(request)
    }

    /// Queries routes of a VPN gateway (查询VPN网关路由): every item of `DescribeVpnGatewayRoutes`.
    ///
    /// A stream of the elements of `Routes` across the pages that `describe_vpn_gateway_routes_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_routes_items(
        &self,
        request: &super::DescribeVpnGatewayRoutesRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnGatewayRoutesRequest> {
        self.inner.items(request)
    }

    /// 查询SSL-VPN-CLIENT 列表: calls `DescribeVpnGatewaySslClients`.
    ///
    /// 本接口（DescribeVpnGatewaySslClients）用于查询SSL-VPN-CLIENT 列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_clients<'a>(
        &'a self,
        request: &'a super::DescribeVpnGatewaySslClientsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnGatewaySslClients>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询SSL-VPN-CLIENT 列表: every page of `DescribeVpnGatewaySslClients`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_clients_pages(
        &self,
        request: &super::DescribeVpnGatewaySslClientsRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnGatewaySslClientsRequest> {
        self.inner.pages(request)
    }

    /// 查询SSL-VPN-CLIENT 列表: every item of `DescribeVpnGatewaySslClients`.
    ///
    /// A stream of the elements of `SslVpnClientSet` across the pages that `describe_vpn_gateway_ssl_clients_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_clients_items(
        &self,
        request: &super::DescribeVpnGatewaySslClientsRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnGatewaySslClientsRequest> {
        self.inner.items(request)
    }

    /// 查询SSL-VPN SERVER 列表: calls `DescribeVpnGatewaySslServers`.
    ///
    /// 本接口（DescribeVpnGatewaySslServers）用于查询SSL-VPN SERVER 列表信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_servers<'a>(
        &'a self,
        request: &'a super::DescribeVpnGatewaySslServersRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnGatewaySslServers>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询SSL-VPN SERVER 列表: every page of `DescribeVpnGatewaySslServers`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_servers_pages(
        &self,
        request: &super::DescribeVpnGatewaySslServersRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnGatewaySslServersRequest> {
        self.inner.pages(request)
    }

    /// 查询SSL-VPN SERVER 列表: every item of `DescribeVpnGatewaySslServers`.
    ///
    /// A stream of the elements of `SslVpnSeverSet` across the pages that `describe_vpn_gateway_ssl_servers_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateway_ssl_servers_items(
        &self,
        request: &super::DescribeVpnGatewaySslServersRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnGatewaySslServersRequest> {
        self.inner.items(request)
    }

    /// Queries VPN gateways (查询VPN网关): calls `DescribeVpnGateways`.
    ///
    /// This API (DescribeVpnGateways) is used to query the VPN gateway list.
    ///
    /// 本接口（DescribeVpnGateways）用于查询VPN网关列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateways<'a>(
        &'a self,
        request: &'a super::DescribeVpnGatewaysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeVpnGateways>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries VPN gateways (查询VPN网关): every page of `DescribeVpnGateways`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateways_pages(
        &self,
        request: &super::DescribeVpnGatewaysRequest,
    ) -> tencent_action_client::Pages<super::DescribeVpnGatewaysRequest> {
        self.inner.pages(request)
    }

    /// Queries VPN gateways (查询VPN网关): every item of `DescribeVpnGateways`.
    ///
    /// A stream of the elements of `VpnGatewaySet` across the pages that `describe_vpn_gateways_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_vpn_gateways_items(
        &self,
        request: &super::DescribeVpnGatewaysRequest,
    ) -> tencent_action_client::Items<super::DescribeVpnGatewaysRequest> {
        self.inner.items(request)
    }

    /// Unbinds instances from a CCN (云联网解关联实例): calls `DetachCcnInstances`.
    ///
    /// This API (DetachCcnInstances) is used to unbind a specified network instance from a CCN instance.
    ///
    /// After unbinding the network instance, the corresponding routing policy will also be deleted.
    ///
    /// 本接口（DetachCcnInstances）用于从云联网实例中解关联指定的网络实例。
    ///
    /// 解关联网络实例后，相应的路由策略会一并删除。
    #[allow(deprecated)]
    #[inline]
    pub fn detach_ccn_instances<'a>(
        &'a self,
        request: &'a super::DetachCcnInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachCcnInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a Classiclink (删除基础网络互通): calls `DetachClassicLinkVpc`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn detach_classic_link_vpc<'a>(
        &'a self,
        request: &'a super::DetachClassicLinkVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachClassicLinkVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an ENI from a CVM (弹性网卡解绑云服务器): calls `DetachNetworkInterface`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn detach_network_interface<'a>(
        &'a self,
        request: &'a super::DetachNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disassociates a snapshot policy with instances (快照策略解关联实例): calls `DetachSnapshotInstances`.
    ///
    /// This API is used to disassociate a snapshot policy with instances.
    ///
    /// 本接口（DetachSnapshotInstances）用于快照策略解关联实例。
    #[allow(deprecated)]
    #[inline]
    pub fn detach_snapshot_instances<'a>(
        &'a self,
        request: &'a super::DetachSnapshotInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachSnapshotInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables CCN routes (禁用云联网路由): calls `DisableCcnRoutes`.
    ///
    /// This API (DisableCcnRoutes) is used to disable CCN routes that are already enabled.
    ///
    /// 本接口（DisableCcnRoutes）用于禁用已经启用的云联网（CCN）路由。
    #[allow(deprecated)]
    #[inline]
    pub fn disable_ccn_routes<'a>(
        &'a self,
        request: &'a super::DisableCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables flow log (停止流日志): calls `DisableFlowLogs`.
    ///
    /// This API is used to disable flow log.
    ///
    /// 本接口（DisableFlowLogs）用于停止流日志。
    #[allow(deprecated)]
    #[inline]
    pub fn disable_flow_logs<'a>(
        &'a self,
        request: &'a super::DisableFlowLogsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableFlowLogs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables gateway traffic monitor (关闭网关流量监控): calls `DisableGatewayFlowMonitor`.
    ///
    /// This API is used to disable gateway traffic monitor.
    ///
    /// 本接口（DisableGatewayFlowMonitor）用于关闭网关流量监控。
    #[allow(deprecated)]
    #[inline]
    pub fn disable_gateway_flow_monitor<'a>(
        &'a self,
        request: &'a super::DisableGatewayFlowMonitorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableGatewayFlowMonitor>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables subnet routes (禁用子网路由): calls `DisableRoutes`.
    ///
    /// This API is used to disable enabled subnet routes.
    ///
    /// 本接口（DisableRoutes）用于禁用已启用的子网路由
    #[allow(deprecated)]
    #[inline]
    pub fn disable_routes<'a>(
        &'a self,
        request: &'a super::DisableRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables specified snapshot policies (停用快照策略): calls `DisableSnapshotPolicies`.
    ///
    /// This API is used to disable specified snapshot policies.
    ///
    /// 本接口（DisableSnapshotPolicies）用于停用快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn disable_snapshot_policies<'a>(
        &'a self,
        request: &'a super::DisableSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 禁用SSL-VPN-CLIENT 证书: calls `DisableVpnGatewaySslClientCert`.
    ///
    /// 禁用SSL-VPN-CLIENT 证书
    #[allow(deprecated)]
    #[inline]
    pub fn disable_vpn_gateway_ssl_client_cert<'a>(
        &'a self,
        request: &'a super::DisableVpnGatewaySslClientCertRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisableVpnGatewaySslClientCert>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an EIP (解绑弹性公网IP): calls `DisassociateAddress`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_address<'a>(
        &'a self,
        request: &'a super::DisassociateAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DhcpIp解绑EIP: calls `DisassociateDhcpIpWithAddressIp`.
    ///
    /// 本接口（DisassociateDhcpIpWithAddressIp）用于将DhcpIp已绑定的弹性公网IP（EIP）解除绑定。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_dhcp_ip_with_address_ip<'a>(
        &'a self,
        request: &'a super::DisassociateDhcpIpWithAddressIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateDhcpIpWithAddressIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds a direct connect gateway from a NAT Gateway (专线网关解绑NAT网关): calls `DisassociateDirectConnectGatewayNatGateway`.
    ///
    /// This API is used to unbind a direct connect gateway from a NAT Gateway. After unbinding, the direct connect gateway cannot access internet through the NAT Gateway.
    ///
    /// 将专线网关与NAT网关解绑，解绑之后，专线网关将不能通过NAT网关访问公网
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_direct_connect_gateway_nat_gateway<'a>(
        &'a self,
        request: &'a super::DisassociateDirectConnectGatewayNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateDirectConnectGatewayNatGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// HAVIP解绑定子机或网卡: calls `DisassociateHaVipInstance`.
    ///
    /// 本接口（DisassociateHaVipInstance）用于HAVIP解绑子机或网卡（去掉HaVip飘移范围）。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_ha_vip_instance<'a>(
        &'a self,
        request: &'a super::DisassociateHaVipInstanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateHaVipInstance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an EIPv6 (解绑弹性公网IPv6): calls `DisassociateIPv6Address`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_ipv6_address<'a>(
        &'a self,
        request: &'a super::DisassociateIPv6AddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateIPv6Address>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an EIP from a NAT gateway (NAT网关解绑弹性IP): calls `DisassociateNatGatewayAddress`.
    ///
    /// This API is used to unbind an EIP from a NAT gateway.
    ///
    /// 本接口（DisassociateNatGatewayAddress）用于NAT网关解绑弹性IP。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_nat_gateway_address<'a>(
        &'a self,
        request: &'a super::DisassociateNatGatewayAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateNatGatewayAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disassociates a network ACL from a subnet (网络ACL解关联子网): calls `DisassociateNetworkAclSubnets`.
    ///
    /// This API is used to disassociate a network ACL from subnets in a VPC instance.
    ///
    /// 本接口（DisassociateNetworkAclSubnets）用于网络ACL解关联VPC下的子网。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_network_acl_subnets<'a>(
        &'a self,
        request: &'a super::DisassociateNetworkAclSubnetsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateNetworkAclSubnets>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Detaches a security group from an ENI. (弹性网卡解绑安全组): calls `DisassociateNetworkInterfaceSecurityGroups`.
    ///
    /// This API (DisassociateNetworkInterfaceSecurityGroups) is used to detach (or fully detach if possible) a security group from an ENI.
    ///
    /// 本接口（DisassociateNetworkInterfaceSecurityGroups）用于弹性网卡解绑安全组。支持弹性网卡完全解绑安全组。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_network_interface_security_groups<'a>(
        &'a self,
        request: &'a super::DisassociateNetworkInterfaceSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateNetworkInterfaceSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an endpoint from a security group (终端节点解绑安全组): calls `DisassociateVpcEndPointSecurityGroups`.
    ///
    /// This API is used to unbind an endpoint from a security group.
    ///
    /// 本接口（DisassociateVpcEndPointSecurityGroups）用于终端节点解绑安全组。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_vpc_end_point_security_groups<'a>(
        &'a self,
        request: &'a super::DisassociateVpcEndPointSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateVpcEndPointSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Downloads a VPN tunnel configuration (下载VPN通道配置): calls `DownloadCustomerGatewayConfiguration`.
    ///
    /// This API is used to download VPN tunnel configurations.
    ///
    /// 本接口（DownloadCustomerGatewayConfiguration）用于下载VPN通道配置。
    #[allow(deprecated)]
    #[inline]
    pub fn download_customer_gateway_configuration<'a>(
        &'a self,
        request: &'a super::DownloadCustomerGatewayConfigurationRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DownloadCustomerGatewayConfiguration>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 下载SSL-VPN-CLIENT 客户端证书: calls `DownloadVpnGatewaySslClientCert`.
    ///
    /// 本接口（DownloadVpnGatewaySslClientCert）用于下载SSL-VPN-CLIENT 客户端证书。
    #[allow(deprecated)]
    #[inline]
    pub fn download_vpn_gateway_ssl_client_cert<'a>(
        &'a self,
        request: &'a super::DownloadVpnGatewaySslClientCertRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DownloadVpnGatewaySslClientCert>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables CCN routes (启用云联网路由): calls `EnableCcnRoutes`.
    ///
    /// This API (EnableCcnRoutes) is used to enable CCN routes that are already added.
    ///
    /// This API is used to verify whether there will be conflict with an existing route after a CCN route is enabled. If there is a conflict, the route will not be enabled, and the process will fail. When a conflict occurs, you must disable the conflicting route before you can enable the desired route.
    ///
    /// 本接口（EnableCcnRoutes）用于启用已经加入云联网（CCN）的路由。
    ///
    /// 本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_ccn_routes<'a>(
        &'a self,
        request: &'a super::EnableCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables flow log (启动流日志): calls `EnableFlowLogs`.
    ///
    /// This API is used to enable flow log.
    ///
    /// 本接口（EnableFlowLogs）用于启动流日志。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_flow_logs<'a>(
        &'a self,
        request: &'a super::EnableFlowLogsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableFlowLogs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables gateway traffic monitor (开启网关流量监控): calls `EnableGatewayFlowMonitor`.
    ///
    /// This API is used to enable gateway traffic monitor.
    ///
    /// 本接口（EnableGatewayFlowMonitor）用于开启网关流量监控。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_gateway_flow_monitor<'a>(
        &'a self,
        request: &'a super::EnableGatewayFlowMonitorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableGatewayFlowMonitor>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables subnet routes (启用子网路由): calls `EnableRoutes`.
    ///
    /// This API is used to enable disabled subnet routes.
    ///
    /// The API is used to verify whether the enabled route conflicts with existing routes. If they conflict, the new route cannot be enabled and will result in a failure. When a route conflict occurs, you need to first disable the conflicting route before you can enable the new one.
    ///
    /// 本接口（EnableRoutes）用于启用已禁用的子网路由。
    ///
    /// 本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_routes<'a>(
        &'a self,
        request: &'a super::EnableRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables specified snapshot policies (启用快照策略): calls `EnableSnapshotPolicies`.
    ///
    /// This API is used to enable specified snapshot policies.
    ///
    /// 本接口（EnableSnapshotPolicies）用于启用快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_snapshot_policies<'a>(
        &'a self,
        request: &'a super::EnableSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Determines whether to accept the request of connecting with an endpoint (是否接受终端节点连接请求): calls `EnableVpcEndPointConnect`.
    ///
    /// This API is used to determine whether to accept the request of connecting with an endpoint.
    ///
    /// 本接口（EnableVpcEndPointConnect）用于是否接受终端节点连接请求。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_vpc_end_point_connect<'a>(
        &'a self,
        request: &'a super::EnableVpcEndPointConnectRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableVpcEndPointConnect>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 启用SSL-VPN-CLIENT 证书: calls `EnableVpnGatewaySslClientCert`.
    ///
    /// 本接口（EnableVpnGatewaySslClientCert）用于启用SSL-VPN-CLIENT 证书。
    #[allow(deprecated)]
    #[inline]
    pub fn enable_vpn_gateway_ssl_client_cert<'a>(
        &'a self,
        request: &'a super::EnableVpnGatewaySslClientCertRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnableVpnGatewaySslClientCert>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Obtains a pair of VPN tunnel health check addresses (获取一对VPN通道健康检查地址): calls `GenerateVpnConnectionDefaultHealthCheckIp`.
    ///
    /// This API is used to get a pair of VPN tunnel health check addresses.
    ///
    /// 本接口（GenerateVpnConnectionDefaultHealthCheckIp）用于获取一对VPN通道健康检查地址。
    #[allow(deprecated)]
    #[inline]
    pub fn generate_vpn_connection_default_health_check_ip<'a>(
        &'a self,
        request: &'a super::GenerateVpnConnectionDefaultHealthCheckIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::GenerateVpnConnectionDefaultHealthCheckIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the inter-region bandwidth limits of a CCN (查询云联网相关地域带宽信息): calls `GetCcnRegionBandwidthLimits`.
    ///
    /// This API is used to query the bandwidth limits of a CCN instance. Monthly-subscribed CCNs only support Inter-region Bandwidth Limits, while the pay-as-you-go CCNs support both the Inter-region Bandwidth Limits and Region Outbound Bandwidth Limits.
    ///
    /// 本接口（GetCcnRegionBandwidthLimits）用于查询云联网相关地域带宽信息，其中预付费模式的云联网仅支持地域间限速，后付费模式的云联网支持地域间限速和地域出口限速。
    #[allow(deprecated)]
    #[inline]
    pub fn get_ccn_region_bandwidth_limits<'a>(
        &'a self,
        request: &'a super::GetCcnRegionBandwidthLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::GetCcnRegionBandwidthLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the inter-region bandwidth limits of a CCN (查询云联网相关地域带宽信息): every page of `GetCcnRegionBandwidthLimits`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn get_ccn_region_bandwidth_limits_pages(
        &self,
        request: &super::GetCcnRegionBandwidthLimitsRequest,
    ) -> tencent_action_client::Pages<super::GetCcnRegionBandwidthLimitsRequest> {
        self.inner.pages(request)
    }

    /// Queries the inter-region bandwidth limits of a CCN (查询云联网相关地域带宽信息): every item of `GetCcnRegionBandwidthLimits`.
    ///
    /// A stream of the elements of `CcnBandwidthSet` across the pages that `get_ccn_region_bandwidth_limits_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn get_ccn_region_bandwidth_limits_items(
        &self,
        request: &super::GetCcnRegionBandwidthLimitsRequest,
    ) -> tencent_action_client::Items<super::GetCcnRegionBandwidthLimitsRequest> {
        self.inner.items(request)
    }

    /// Binds an EIP to an HAVIP (HAVIP绑定EIP): calls `HaVipAssociateAddressIp`.
    ///
    /// This API is used to bind an EIP to an HAVIP.
    ///
    /// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
    ///
    /// 本接口（HaVipAssociateAddressIp）用于高可用虚拟IP（HAVIP）绑定弹性公网IP（EIP）。
    ///
    /// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
    #[allow(deprecated)]
    #[inline]
    pub fn ha_vip_associate_address_ip<'a>(
        &'a self,
        request: &'a super::HaVipAssociateAddressIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::HaVipAssociateAddressIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds an EIP from HAVIP (HAVIP解绑EIP): calls `HaVipDisassociateAddressIp`.
    ///
    /// This API is used to unbind an EIP from an HAVIP.
    ///
    /// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
    ///
    /// 本接口（HaVipDisassociateAddressIp）用于将高可用虚拟IP（HAVIP）已绑定的弹性公网IP（EIP）解除绑定。
    ///
    /// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询`DescribeVpcTaskResult`接口。
    #[allow(deprecated)]
    #[inline]
    pub fn ha_vip_disassociate_address_ip<'a>(
        &'a self,
        request: &'a super::HaVipDisassociateAddressIpRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::HaVipDisassociateAddressIp>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of creating a direct connect gateway (创建专线网关询价): calls `InquirePriceCreateDirectConnectGateway`.
    ///
    /// This API is used to query the price of creating a direct connect gateway.
    ///
    /// 本接口（DescribePriceCreateDirectConnectGateway）用于创建专线网关询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_create_direct_connect_gateway<'a>(
        &'a self,
        request: &'a super::InquirePriceCreateDirectConnectGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePriceCreateDirectConnectGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries new purchase of Elastic Public IP (弹性公网IP新购询价): calls `InquiryPriceAllocateAddresses`.
    ///
    /// This API (InquiryPriceAllocateAddresses) is used to query the price of purchasing EIPs.
    ///
    /// 本接口（InquiryPriceAllocateAddresses）用于新购弹性公网IP询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_allocate_addresses<'a>(
        &'a self,
        request: &'a super::InquiryPriceAllocateAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceAllocateAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建VPN网关询价: calls `InquiryPriceCreateVpnGateway`.
    ///
    /// 本接口（InquiryPriceCreateVpnGateway）用于创建VPN网关询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_create_vpn_gateway<'a>(
        &'a self,
        request: &'a super::InquiryPriceCreateVpnGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceCreateVpnGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Elastic Public IP Bandwidth Adjustment Pricing Inquiry (弹性公网IP调整带宽询价): calls `InquiryPriceModifyAddressesBandwidth`.
    ///
    /// This API is used to query the price of modifying EIP bandwidth.
    ///
    /// 本接口（InquiryPriceModifyAddressesBandwidth）用于EIP修改带宽询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_modify_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::InquiryPriceModifyAddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceModifyAddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of renewing elastic public IPs (弹性公网IP续费询价): calls `InquiryPriceRenewAddresses`.
    ///
    /// This API (InquiryPriceRenewAddresses) is used to query the price of renewing prepaid EIPs.
    ///
    /// 本接口（InquiryPriceRenewAddresses）用于续费预付费弹性公网IP询价，只支持包月按带宽预付费的计费模式。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_renew_addresses<'a>(
        &'a self,
        request: &'a super::InquiryPriceRenewAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRenewAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price for VPN gateway renewal (续费VPN网关询价): calls `InquiryPriceRenewVpnGateway`.
    ///
    /// This API (InquiryPriceRenewVpnGateway) is used to query the price for VPN gateway renewal. Currently, only querying prices for IPSEC-type gateways is supported.
    ///
    /// 本接口（InquiryPriceRenewVpnGateway）用于续费VPN网关询价。目前仅支持IPSEC类型网关的询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_renew_vpn_gateway<'a>(
        &'a self,
        request: &'a super::InquiryPriceRenewVpnGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRenewVpnGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price for adjusting the bandwidth cap of a VPN gateway (调整VPN网关带宽上限询价): calls `InquiryPriceResetVpnGatewayInternetMaxBandwidth`.
    ///
    /// This API (InquiryPriceResetVpnGatewayInternetMaxBandwidth) is used to query the price for adjusting the bandwidth cap of a VPN gateway.
    ///
    /// 本接口（InquiryPriceResetVpnGatewayInternetMaxBandwidth）用于调整VPN网关带宽上限询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_reset_vpn_gateway_internet_max_bandwidth<'a>(
        &'a self,
        request: &'a super::InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::InquiryPriceResetVpnGatewayInternetMaxBandwidth,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 安全锁定云联网带宽: calls `LockCcnBandwidths`.
    ///
    /// 本接口（LockCcnBandwidths）用户锁定云联网限速实例。
    ///
    /// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（LockCcns）。
    ///
    /// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统。
    #[allow(deprecated)]
    #[inline]
    pub fn lock_ccn_bandwidths<'a>(
        &'a self,
        request: &'a super::LockCcnBandwidthsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::LockCcnBandwidths>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 安全锁定云联网实例: calls `LockCcns`.
    ///
    /// 本接口（LockCcns）用于锁定云联网实例
    ///
    /// 该接口一般用来封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间封禁, 只能按更粗的云联网实例粒度封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度封禁（LockCcnBandwidths）
    ///
    /// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
    #[allow(deprecated)]
    #[inline]
    pub fn lock_ccns<'a>(
        &'a self,
        request: &'a super::LockCcnsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<tencent_action::Response<super::LockCcns>, tencent_action::Error>,
    > + 'a {
        self.inner.send(request)
    }

    /// 共享带宽包资源迁移接口: calls `MigrateBandwidthPackageResources`.
    ///
    /// 本接口 (MigrateBandwidthPackageResources) 用于共享带宽包之间迁移资源
    #[allow(deprecated)]
    #[inline]
    pub fn migrate_bandwidth_package_resources<'a>(
        &'a self,
        request: &'a super::MigrateBandwidthPackageResourcesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::MigrateBandwidthPackageResources>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Migrates an ENI (弹性网卡迁移): calls `MigrateNetworkInterface`.
    ///
    /// This API is used to migrate ENIs.
    ///
    /// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
    ///
    /// 本接口（MigrateNetworkInterface）用于弹性网卡迁移。
    ///
    /// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) \`接口。
    #[allow(deprecated)]
    #[inline]
    pub fn migrate_network_interface<'a>(
        &'a self,
        request: &'a super::MigrateNetworkInterfaceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::MigrateNetworkInterface>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Migrates private IPs of an ENI (弹性网卡内网IP迁移): calls `MigratePrivateIpAddress`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn migrate_private_ip_address<'a>(
        &'a self,
        request: &'a super::MigratePrivateIpAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::MigratePrivateIpAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies EIP attributes (修改弹性公网IP属性): calls `ModifyAddressAttribute`.
    ///
    /// This API (ModifyAddressAttribute) is used to modify the name of an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1).
    ///
    /// 本接口 (ModifyAddressAttribute) 用于修改[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）的名称。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_address_attribute<'a>(
        &'a self,
        request: &'a super::ModifyAddressAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts EIP billing modes (调整弹性公网ip计费模式): calls `ModifyAddressInternetChargeType`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn modify_address_internet_charge_type<'a>(
        &'a self,
        request: &'a super::ModifyAddressInternetChargeTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressInternetChargeType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies an IP address template (修改IP地址模板): calls `ModifyAddressTemplateAttribute`.
    ///
    /// This API (ModifyAddressTemplateAttribute) is used to modify an IP address template.
    ///
    /// 本接口（ModifyAddressTemplateAttribute）用于修改IP地址模板。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn modify_address_template_attribute<'a>(
        &'a self,
        request: &'a super::ModifyAddressTemplateAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressTemplateAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies an IP address template group (修改IP地址模板集合): calls `ModifyAddressTemplateGroupAttribute`.
    ///
    /// This API (ModifyAddressTemplateGroupAttribute) is used to modify an IP address template group.
    ///
    /// 本接口（ModifyAddressTemplateGroupAttribute）用于修改IP地址模板集合。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn modify_address_template_group_attribute<'a>(
        &'a self,
        request: &'a super::ModifyAddressTemplateGroupAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressTemplateGroupAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the EIP bandwidth (调整弹性公网IP带宽): calls `ModifyAddressesBandwidth`.
    ///
    /// This API is used to adjust the bandwidth of [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), including EIP billed on a pay-as-you-go, monthly subscription, and bandwidth package basis.
    ///
    /// 本接口（ModifyAddressesBandwidth）用于调整[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)(简称EIP)带宽，支持后付费EIP, 预付费EIP和带宽包EIP
    #[allow(deprecated)]
    #[inline]
    pub fn modify_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::ModifyAddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the renewal flag for the monthly subscription EIP (调整包月IP续费标识): calls `ModifyAddressesRenewFlag`.
    ///
    /// This API is used to adjust the renewal flag for the monthly subscription EIP.
    ///
    /// 本接口（ModifyAddressesRenewFlag）用于调整EIP续费标识。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_addresses_renew_flag<'a>(
        &'a self,
        request: &'a super::ModifyAddressesRenewFlagRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAddressesRenewFlag>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies secondary CIDR blocks (修改辅助CIDR): calls `ModifyAssistantCidr`.
    ///
    /// This API is used to batch modify (add or delete) secondary CIDR blocks.
    ///
    /// 本接口（ModifyAssistantCidr）用于批量修改辅助CIDR，支持新增和删除。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_assistant_cidr<'a>(
        &'a self,
        request: &'a super::ModifyAssistantCidrRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAssistantCidr>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of a bandwidth package (修改带宽包属性): calls `ModifyBandwidthPackageAttribute`.
    ///
    /// This API is used to modify the attributes of a bandwidth package, including the bandwidth package name, and so on.
    ///
    /// 接口用于修改带宽包属性，包括带宽包名称和计费模式
    #[allow(deprecated)]
    #[inline]
    pub fn modify_bandwidth_package_attribute<'a>(
        &'a self,
        request: &'a super::ModifyBandwidthPackageAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyBandwidthPackageAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// ModifyBandwidthPackageBandwidth (调整共享带宽包带宽): calls `ModifyBandwidthPackageBandwidth`.
    ///
    /// This API is used to adjust the bandwidth of a [bandwidth package](https://www.tencentcloud.com/document/product/684/15245).
    ///
    /// 接口用于调整[共享带宽包](https://cloud.tencent.com/document/product/684/15245)(BWP)带宽
    #[allow(deprecated)]
    #[inline]
    pub fn modify_bandwidth_package_bandwidth<'a>(
        &'a self,
        request: &'a super::ModifyBandwidthPackageBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyBandwidthPackageBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies CCN-associated instance attributes (修改CCN关联实例属性): calls `ModifyCcnAttachedInstancesAttribute`.
    ///
    /// This API is used to modify CCN-associated instance attributes. Currently, only the `description` can be modified.
    ///
    /// 修改CCN关联实例属性，目前仅修改备注description
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_attached_instances_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCcnAttachedInstancesAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnAttachedInstancesAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies CCN attributes (修改CCN属性): calls `ModifyCcnAttribute`.
    ///
    /// This API (ModifyCcnAttribute) is used to modify CCN attributes.
    ///
    /// 本接口（ModifyCcnAttribute）用于修改云联网（CCN）的相关属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCcnAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 更新云联网策略路由下一跳参数: calls `ModifyCcnPolicyBasedRoutingNextHopAttribute`.
    ///
    /// 更新云联网策略路由下一跳参数
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_policy_based_routing_next_hop_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCcnPolicyBasedRoutingNextHopAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnPolicyBasedRoutingNextHopAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 更新云联网策略路由匹配规则参数: calls `ModifyCcnPolicyBasedRoutingRuleAttribute`.
    ///
    /// 更新云联网策略路由匹配规则参数
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_policy_based_routing_rule_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCcnPolicyBasedRoutingRuleAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnPolicyBasedRoutingRuleAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the bandwidth limit policy of a postpaid instance (后付费产品修改带宽限速策略): calls `ModifyCcnRegionBandwidthLimitsType`.
    ///
    /// This API is used to modify the bandwidth limit policy of a postpaid CCN instance.
    ///
    /// 本接口（ModifyCcnRegionBandwidthLimitsType）用于修改后付费云联网实例修改带宽限速策略。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_region_bandwidth_limits_type<'a>(
        &'a self,
        request: &'a super::ModifyCcnRegionBandwidthLimitsTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnRegionBandwidthLimitsType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改云联网路由表: calls `ModifyCcnRouteTables`.
    ///
    /// 该接口用于修改云联网路由表名称和备注。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ccn_route_tables<'a>(
        &'a self,
        request: &'a super::ModifyCcnRouteTablesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCcnRouteTables>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改 IDC通道信息: calls `ModifyCdcLDCXAttribute`.
    ///
    /// 修改 IDC通道信息
    #[allow(deprecated)]
    #[inline]
    pub fn modify_cdc_ldcx_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCdcLDCXAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCdcLDCXAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改虚拟连接: calls `ModifyCdcNetPlaneAttribute`.
    ///
    /// 修改虚拟连接
    #[allow(deprecated)]
    #[inline]
    pub fn modify_cdc_net_plane_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCdcNetPlaneAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCdcNetPlaneAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a customer gateway (修改对端网关): calls `ModifyCustomerGatewayAttribute`.
    ///
    /// This API (ModifyCustomerGatewayAttribute) is used to modify the customer gateway information.
    ///
    /// 本接口（ModifyCustomerGatewayAttribute）用于修改对端网关信息。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_customer_gateway_attribute<'a>(
        &'a self,
        request: &'a super::ModifyCustomerGatewayAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyCustomerGatewayAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改DhcpIp属性: calls `ModifyDhcpIpAttribute`.
    ///
    /// 本接口（ModifyDhcpIpAttribute）用于修改DhcpIp属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_dhcp_ip_attribute<'a>(
        &'a self,
        request: &'a super::ModifyDhcpIpAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDhcpIpAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of a direct connect gateway (修改专线网关属性): calls `ModifyDirectConnectGatewayAttribute`.
    ///
    /// This API is used to modify the attributes of a direct connect gateway.
    ///
    /// 本接口（ModifyDirectConnectGatewayAttribute）用于修改专线网关属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_direct_connect_gateway_attribute<'a>(
        &'a self,
        request: &'a super::ModifyDirectConnectGatewayAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDirectConnectGatewayAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of a flow log (修改流日志属性): calls `ModifyFlowLogAttribute`.
    ///
    /// This API is used to modify the attributes of a flow log.
    ///
    /// 本接口（ModifyFlowLogAttribute）用于修改流日志属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_flow_log_attribute<'a>(
        &'a self,
        request: &'a super::ModifyFlowLogAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyFlowLogAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the bandwidth limit of a gateway (调整网关流控带宽): calls `ModifyGatewayFlowQos`.
    ///
    /// This API is used to adjust the bandwidth limit of a gateway.
    ///
    /// 本接口（ModifyGatewayFlowQos）用于调整网关流控带宽。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_gateway_flow_qos<'a>(
        &'a self,
        request: &'a super::ModifyGatewayFlowQosRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyGatewayFlowQos>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改全局路由ECMP的HASH算法: calls `ModifyGlobalRouteECMPAlgorithm`.
    ///
    /// 修改全局路由表ECMP算法 HASH 策略。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_global_route_ecmp_algorithm<'a>(
        &'a self,
        request: &'a super::ModifyGlobalRouteECMPAlgorithmRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyGlobalRouteECMPAlgorithm>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改全局路由。: calls `ModifyGlobalRoutes`.
    ///
    /// 修改全局路由。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_global_routes<'a>(
        &'a self,
        request: &'a super::ModifyGlobalRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyGlobalRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies HAVIP attributes (修改HAVIP属性): calls `ModifyHaVipAttribute`.
    ///
    /// This API (ModifyHaVipAttribute) is used to modify HAVIP attributes.
    ///
    /// 本接口（ModifyHaVipAttribute）用于修改高可用虚拟IP（HAVIP）属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ha_vip_attribute<'a>(
        &'a self,
        request: &'a super::ModifyHaVipAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHaVipAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改高优路由表条目属性: calls `ModifyHighPriorityRouteAttribute`.
    ///
    /// 修改高优路由表条目属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_high_priority_route_attribute<'a>(
        &'a self,
        request: &'a super::ModifyHighPriorityRouteAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHighPriorityRouteAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改高优路由ECMP的HASH算法: calls `ModifyHighPriorityRouteECMPAlgorithm`.
    ///
    /// 修改高优路由表 HASH 策略。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_high_priority_route_ecmp_algorithm<'a>(
        &'a self,
        request: &'a super::ModifyHighPriorityRouteECMPAlgorithmRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHighPriorityRouteECMPAlgorithm>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改高优路由表属性: calls `ModifyHighPriorityRouteTableAttribute`.
    ///
    /// 修改高优路由表属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_high_priority_route_table_attribute<'a>(
        &'a self,
        request: &'a super::ModifyHighPriorityRouteTableAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHighPriorityRouteTableAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies EIPv6 attributes (修改弹性公网IPv6属性): calls `ModifyIPv6AddressesAttributes`.
    ///
    /// This API is used to modify the name of an EIPv6 instance.
    ///
    /// - You can modify the name of both EIPv6 and traditional EIPv6 instances.
    ///
    /// 本接口（ModifyIPv6AddressesAttributes）用于修改弹性公网 IPv6（简称EIPv6）实例名称。
    ///
    /// - 支持对弹性公网 IPv6 和传统弹性公网 IPv6 实例名称进行修改。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ipv6_addresses_attributes<'a>(
        &'a self,
        request: &'a super::ModifyIPv6AddressesAttributesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIPv6AddressesAttributes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the EIPv6 bandwidth (调整弹性公网IPv6带宽): calls `ModifyIPv6AddressesBandwidth`.
    ///
    /// This API is used to modify the bandwidth cap of an EIPv6 instance.
    ///
    /// 本接口（ModifyIPv6AddressesBandwidth）用于调整弹性公网 IPv6（简称EIPv6）实例的带宽上限。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ipv6_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::ModifyIPv6AddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIPv6AddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the bandwidth limit of a classic elastic public IPv6 instance (调整传统弹性公网IPv6带宽): calls `ModifyIp6AddressesBandwidth`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ip6_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::ModifyIp6AddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIp6AddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改IPV6转换规则属性: calls `ModifyIp6Rule`.
    ///
    /// 该接口用于修改IPV6转换规则，当前仅支持修改转换规则名称，IPV4地址和IPV4端口号
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ip6_rule<'a>(
        &'a self,
        request: &'a super::ModifyIp6RuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIp6Rule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改IP6转换实例属性: calls `ModifyIp6Translator`.
    ///
    /// 该接口用于修改IP6转换实例属性，当前仅支持修改实例名称。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ip6_translator<'a>(
        &'a self,
        request: &'a super::ModifyIp6TranslatorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIp6Translator>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the IPv6 address attributes of an ENI (修改弹性网卡IPv6地址属性): calls `ModifyIpv6AddressesAttribute`.
    ///
    /// This API (ModifyIpv6AddressesAttribute) is used to modify the private IPv6 address attributes of an ENI.
    ///
    /// 本接口（ModifyIpv6AddressesAttribute）用于修改弹性网卡内网IPv6地址属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_ipv6_addresses_attribute<'a>(
        &'a self,
        request: &'a super::ModifyIpv6AddressesAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyIpv6AddressesAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a local gateway (修改本地网关): calls `ModifyLocalGateway`.
    ///
    /// This API is used to modify the local gateway of a CDC instance.
    ///
    /// 本接口（ModifyLocalGateway）用于修改CDC的本地网关。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_local_gateway<'a>(
        &'a self,
        request: &'a super::ModifyLocalGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyLocalGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改NAT网关高级属性: calls `ModifyNatGatewayAdvancedAttribute`.
    ///
    /// 本接口（ModifyNatGatewayAdvancedAttribute）用于修改NAT网关的高级属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_nat_gateway_advanced_attribute<'a>(
        &'a self,
        request: &'a super::ModifyNatGatewayAdvancedAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNatGatewayAdvancedAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of a NAT gateway (修改NAT网关的属性): calls `ModifyNatGatewayAttribute`.
    ///
    /// This API is used to modify the attributes of a NAT gateway.
    ///
    /// 本接口（ModifyNatGatewayAttribute）用于修改NAT网关的属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_nat_gateway_attribute<'a>(
        &'a self,
        request: &'a super::ModifyNatGatewayAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNatGatewayAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the port forwarding rule of a NAT gateway (修改NAT网关端口转发规则): calls `ModifyNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// This API is used to modify the port forwarding rule of a NAT gateway.
    ///
    /// 本接口（ModifyNatGatewayDestinationIpPortTranslationNatRule）用于修改NAT网关端口转发规则。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::ModifyNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a NAT gateway's SNAT forwarding rules (修改NAT网关SNAT转发规则): calls `ModifyNatGatewaySourceIpTranslationNatRule`.
    ///
    /// This API is used to modify a NAT gateway's SNAT forwarding rules.
    ///
    /// 本接口（ModifyNatGatewaySourceIpTranslationNatRule）用于修改NAT网关SNAT转发规则。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_nat_gateway_source_ip_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::ModifyNatGatewaySourceIpTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNatGatewaySourceIpTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// ModifyNetDetect (修改网络探测): calls `ModifyNetDetect`.
    ///
    /// This API (ModifyNetDetect) is used to modify network detection parameters.
    ///
    /// 本接口(ModifyNetDetect)用于修改网络探测参数。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_net_detect<'a>(
        &'a self,
        request: &'a super::ModifyNetDetectRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetDetect>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies network ACL attributes (修改网络ACL属性): calls `ModifyNetworkAclAttribute`.
    ///
    /// This API is used to modify the attributes of a network ACL.
    ///
    /// 本接口（ModifyNetworkAclAttribute）用于修改网络ACL属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_network_acl_attribute<'a>(
        &'a self,
        request: &'a super::ModifyNetworkAclAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetworkAclAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies network ACL rules (修改网络ACL规则): calls `ModifyNetworkAclEntries`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn modify_network_acl_entries<'a>(
        &'a self,
        request: &'a super::ModifyNetworkAclEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetworkAclEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Updates the network ACL quintuple rules incrementally (增量更新网络ACL五元组规则接口): calls `ModifyNetworkAclQuintupleEntries`.
    ///
    /// This API is used to modify the in/outbound rules of the network ACL quintuple. In the `NetworkAclQuintupleEntrySet` parameters, `NetworkAclQuintupleEntryId` is required for `NetworkAclQuintupleEntry`.
    ///
    /// 本接口（ModifyNetworkAclQuintupleEntries）用于修改网络ACL五元组的入站规则和出站规则。在NetworkAclQuintupleEntrySet参数中：NetworkAclQuintupleEntry需要提供NetworkAclQuintupleEntryId。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_network_acl_quintuple_entries<'a>(
        &'a self,
        request: &'a super::ModifyNetworkAclQuintupleEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetworkAclQuintupleEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies an ENI (修改弹性网卡): calls `ModifyNetworkInterfaceAttribute`.
    ///
    /// This API (ModifyNetworkInterfaceAttribute) is used to modify ENI attributes.
    ///
    /// 本接口（ModifyNetworkInterfaceAttribute）用于修改弹性网卡属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_network_interface_attribute<'a>(
        &'a self,
        request: &'a super::ModifyNetworkInterfaceAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetworkInterfaceAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改弹性网卡服务质量: calls `ModifyNetworkInterfaceQos`.
    ///
    /// 本接口（ModifyNetworkInterfaceQos）用于修改弹性网卡服务质量。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_network_interface_qos<'a>(
        &'a self,
        request: &'a super::ModifyNetworkInterfaceQosRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyNetworkInterfaceQos>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the private IP information of an ENI (修改弹性网卡内网IP信息): calls `ModifyPrivateIpAddressesAttribute`.
    ///
    /// This API (ModifyPrivateIpAddressesAttribute) is used to modify the private IP attributes of an ENI.
    ///
    /// 本接口（ModifyPrivateIpAddressesAttribute）用于修改弹性网卡内网IP属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_private_ip_addresses_attribute<'a>(
        &'a self,
        request: &'a super::ModifyPrivateIpAddressesAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyPrivateIpAddressesAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改私网NAT网关属性: calls `ModifyPrivateNatGatewayAttribute`.
    ///
    /// 本接口（ModifyPrivateNatGatewayAttribute）用于修改私网NAT网关属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_private_nat_gateway_attribute<'a>(
        &'a self,
        request: &'a super::ModifyPrivateNatGatewayAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyPrivateNatGatewayAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改私网NAT网关目的端口转换规则: calls `ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`.
    ///
    /// 本接口（ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule）用于修改私网NAT网关目的端口转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn modify_private_nat_gateway_destination_ip_port_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改私网NAT网关源端转换访问控制规则: calls `ModifyPrivateNatGatewayTranslationAclRule`.
    ///
    /// 本接口（ModifyPrivateNatGatewayTranslationAclRule）用于修改私网NAT网关源端转换访问控制规则
    #[allow(deprecated)]
    #[inline]
    pub fn modify_private_nat_gateway_translation_acl_rule<'a>(
        &'a self,
        request: &'a super::ModifyPrivateNatGatewayTranslationAclRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyPrivateNatGatewayTranslationAclRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改私网NAT网关源端转换规则: calls `ModifyPrivateNatGatewayTranslationNatRule`.
    ///
    /// 本接口（ModifyPrivateNatGatewayTranslationNatRule）用于修改私网NAT网关源端转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn modify_private_nat_gateway_translation_nat_rule<'a>(
        &'a self,
        request: &'a super::ModifyPrivateNatGatewayTranslationNatRuleRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyPrivateNatGatewayTranslationNatRule>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a reserved private IP address (修改内网保留IP): calls `ModifyReserveIpAddress`.
    ///
    /// This API is used to modify a reserved private IP address.
    ///
    /// 修改内网保留 IP
    #[allow(deprecated)]
    #[inline]
    pub fn modify_reserve_ip_address<'a>(
        &'a self,
        request: &'a super::ModifyReserveIpAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyReserveIpAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modify the routing strategy attribute (修改路由策略属性): calls `ModifyRoutePolicyAttribute`.
    ///
    /// This API is used to modify the route reception policy attribute.
    ///
    /// 本接口（ModifyRoutePolicyAttribute）用于修改路由接收策略属性属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_route_policy_attribute<'a>(
        &'a self,
        request: &'a super::ModifyRoutePolicyAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyRoutePolicyAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies route table attributes (修改路由表属性): calls `ModifyRouteTableAttribute`.
    ///
    /// This API (ModifyRouteTableAttribute) is used to modify the attributes of a route table.
    ///
    /// 本接口（ModifyRouteTableAttribute）用于修改路由表（RouteTable）属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_route_table_attribute<'a>(
        &'a self,
        request: &'a super::ModifyRouteTableAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyRouteTableAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 编辑云联网路由表选择策略: calls `ModifyRouteTableSelectionPolicies`.
    ///
    /// 该接口用于编辑云联网路由表选择策略
    #[allow(deprecated)]
    #[inline]
    pub fn modify_route_table_selection_policies<'a>(
        &'a self,
        request: &'a super::ModifyRouteTableSelectionPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyRouteTableSelectionPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies security group attributes (修改安全组属性): calls `ModifySecurityGroupAttribute`.
    ///
    /// This API (ModifySecurityGroupAttribute) is used to modify the attributes of a security group (SecurityGroupPolicy).
    ///
    /// 本接口（ModifySecurityGroupAttribute）用于修改安全组（SecurityGroupPolicy）属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_security_group_attribute<'a>(
        &'a self,
        request: &'a super::ModifySecurityGroupAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySecurityGroupAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the outbound and inbound policies of a security group (重置安全组出站和入站规则): calls `ModifySecurityGroupPolicies`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn modify_security_group_policies<'a>(
        &'a self,
        request: &'a super::ModifySecurityGroupPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySecurityGroupPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a protocol port template (修改协议端口模板): calls `ModifyServiceTemplateAttribute`.
    ///
    /// This API (ModifyServiceTemplateAttribute) is used to modify a protocol port template.
    ///
    /// 本接口（ModifyServiceTemplateAttribute）用于修改协议端口模板。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn modify_service_template_attribute<'a>(
        &'a self,
        request: &'a super::ModifyServiceTemplateAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyServiceTemplateAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a protocol port template group (修改协议端口模板集合): calls `ModifyServiceTemplateGroupAttribute`.
    ///
    /// This API (ModifyServiceTemplateGroupAttribute) is used to modify a protocol port template group.
    ///
    /// 本接口（ModifyServiceTemplateGroupAttribute）用于修改协议端口模板集合。
    ///
    /// >?本接口为异步接口，可调用 [DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037) 接口查询任务执行结果，待任务执行成功后再进行其他操作。
    ///
    /// >
    #[allow(deprecated)]
    #[inline]
    pub fn modify_service_template_group_attribute<'a>(
        &'a self,
        request: &'a super::ModifyServiceTemplateGroupAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyServiceTemplateGroupAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies specified snapshot policies (修改快照策略): calls `ModifySnapshotPolicies`.
    ///
    /// This API is used to modify specified snapshot policies.
    ///
    /// 本接口（ModifySnapshotPolicies）用于修改快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_snapshot_policies<'a>(
        &'a self,
        request: &'a super::ModifySnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies subnet attributes (修改子网属性): calls `ModifySubnetAttribute`.
    ///
    /// This API (ModifySubnetAttribute) is used to modify subnet attributes.
    ///
    /// 本接口（ModifySubnetAttribute）用于修改子网属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_subnet_attribute<'a>(
        &'a self,
        request: &'a super::ModifySubnetAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySubnetAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies a parameter template (修改模板对象成员): calls `ModifyTemplateMember`.
    ///
    /// This API is used to modify a parameter template of the IP address, protocol port, IP address group, or protocol port group type.
    ///
    /// 修改模板对象中的IP地址、协议端口、IP地址组、协议端口组。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_template_member<'a>(
        &'a self,
        request: &'a super::ModifyTemplateMemberRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyTemplateMember>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies traffic mirroring attributes (修改流量镜像属性): calls `ModifyTrafficMirrorAttribute`.
    ///
    /// This API is used to modify the attributes of a traffic mirroring instance.
    ///
    /// Note: Only the name and description can be modified.
    ///
    /// 本接口（ModifyTrafficMirrorAttribute）用于修改流量镜像实例属性。
    ///
    /// 注意：只支持修改名字和描述信息
    #[allow(deprecated)]
    #[inline]
    pub fn modify_traffic_mirror_attribute<'a>(
        &'a self,
        request: &'a super::ModifyTrafficMirrorAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyTrafficMirrorAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改流量镜像过滤规则。: calls `ModifyTrafficMirrorFilterRules`.
    ///
    /// 修改流量镜像五元组过滤规则。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_traffic_mirror_filter_rules<'a>(
        &'a self,
        request: &'a super::ModifyTrafficMirrorFilterRulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyTrafficMirrorFilterRules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies VPC attributes (修改VPC属性): calls `ModifyVpcAttribute`.
    ///
    /// This API (ModifyVpcAttribute) is used to modify VPC attributes.
    ///
    /// 本接口（ModifyVpcAttribute）用于修改私有网络（VPC）的相关属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpc_attribute<'a>(
        &'a self,
        request: &'a super::ModifyVpcAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpcAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies endpoint attributes (修改终端节点属性): calls `ModifyVpcEndPointAttribute`.
    ///
    /// This API is used to modify endpoint attributes.
    ///
    /// 本接口（ModifyVpcEndPointAttribute）用于修改终端节点属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpc_end_point_attribute<'a>(
        &'a self,
        request: &'a super::ModifyVpcEndPointAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpcEndPointAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies endpoint service attributes (修改终端节点服务属性): calls `ModifyVpcEndPointServiceAttribute`.
    ///
    /// This API is used to modify the VPC endpoint service attributes.
    ///
    /// 本接口（ModifyVpcEndPointServiceAttribute）用于修改终端节点服务属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpc_end_point_service_attribute<'a>(
        &'a self,
        request: &'a super::ModifyVpcEndPointServiceAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpcEndPointServiceAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of the endpoint service allowlist (修改终端节点服务白名单属性): calls `ModifyVpcEndPointServiceWhiteList`.
    ///
    /// This API is used to modify the attributes of the endpoint service allowlist.
    ///
    /// 本接口（ModifyVpcEndPointServiceWhiteList）用于修改终端节点服务白名单属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpc_end_point_service_white_list<'a>(
        &'a self,
        request: &'a super::ModifyVpcEndPointServiceWhiteListRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpcEndPointServiceWhiteList>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改私有网络对等连接属性: calls `ModifyVpcPeeringConnection`.
    ///
    /// 本接口（ModifyVpcPeeringConnection）用于修改私有网络对等连接属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpc_peering_connection<'a>(
        &'a self,
        request: &'a super::ModifyVpcPeeringConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpcPeeringConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the VPN tunnel (修改VPN通道): calls `ModifyVpnConnectionAttribute`.
    ///
    /// This API (ModifyVpnConnectionAttribute) is used to modify VPN tunnels.
    ///
    /// 本接口（ModifyVpnConnectionAttribute）用于修改VPN通道。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_connection_attribute<'a>(
        &'a self,
        request: &'a super::ModifyVpnConnectionAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnConnectionAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies VPN gateway attributes (修改VPN网关属性): calls `ModifyVpnGatewayAttribute`.
    ///
    /// This API (ModifyVpnGatewayAttribute) is used to modify the attributes of VPN gateways.
    ///
    /// 本接口（ModifyVpnGatewayAttribute）用于修改VPN网关属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_gateway_attribute<'a>(
        &'a self,
        request: &'a super::ModifyVpnGatewayAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnGatewayAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifying VPN gateway-based CCN routes (修改VPN网关云联网路由): calls `ModifyVpnGatewayCcnRoutes`.
    ///
    /// This API is used to modify VPN gateway-based CCN routes.
    ///
    /// 本接口（ModifyVpnGatewayCcnRoutes）用于修改VPN网关云联网路由。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::ModifyVpnGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the route status of a VPN gateway (修改VPN路由状态): calls `ModifyVpnGatewayRoutes`.
    ///
    /// This API is used to modify VPN gateway routes.
    ///
    /// 本接口（ModifyVpnGatewayRoutes）用于修改VPN路由是否启用。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_gateway_routes<'a>(
        &'a self,
        request: &'a super::ModifyVpnGatewayRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnGatewayRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 更新SslVpnClient证书: calls `ModifyVpnGatewaySslClientCert`.
    ///
    /// 更新SslVpnClient证书
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_gateway_ssl_client_cert<'a>(
        &'a self,
        request: &'a super::ModifyVpnGatewaySslClientCertRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnGatewaySslClientCert>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改SSL-VPN 服务端属性: calls `ModifyVpnGatewaySslServer`.
    ///
    /// 本接口用于修改 SSL-VPN 服务端属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_vpn_gateway_ssl_server<'a>(
        &'a self,
        request: &'a super::ModifyVpnGatewaySslServerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyVpnGatewaySslServer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Publishes a route to CCN (发布路由至云联网): calls `NotifyRoutes`.
    ///
    /// This API is used to publish a route to CCN. This can also be done by clicking "Publish to CCN" in the operation column on the page of route table list.
    ///
    /// 本接口（NotifyRoutes）用于路由表列表页操作增加“发布到云联网”，发布路由到云联网。
    #[allow(deprecated)]
    #[inline]
    pub fn notify_routes<'a>(
        &'a self,
        request: &'a super::NotifyRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::NotifyRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Refreshes the routes of a NAT gateway associated with Direct Connect (刷新专线直连NAT路由): calls `RefreshDirectConnectGatewayRouteToNatGateway`.
    ///
    /// This API is used to refresh the route between a NAT gateway and  Direct Connect and update the associated route table.
    ///
    /// 刷新专线直连nat路由，更新nat到专线的路由表
    #[allow(deprecated)]
    #[inline]
    pub fn refresh_direct_connect_gateway_route_to_nat_gateway<'a>(
        &'a self,
        request: &'a super::RefreshDirectConnectGatewayRouteToNatGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::RefreshDirectConnectGatewayRouteToNatGateway,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Rejects instance association (云联网拒绝关联实例): calls `RejectAttachCcnInstances`.
    ///
    /// This API (RejectAttachCcnInstances) is used to reject association operations when instances are associated across accounts for the CCN owner.
    ///
    /// 本接口（RejectAttachCcnInstances）用于跨账号关联实例时，云联网所有者拒绝关联操作。
    #[allow(deprecated)]
    #[inline]
    pub fn reject_attach_ccn_instances<'a>(
        &'a self,
        request: &'a super::RejectAttachCcnInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RejectAttachCcnInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 驳回对等连接: calls `RejectVpcPeeringConnection`.
    ///
    /// 本接口（RejectVpcPeeringConnection）用于驳回对等连接请求。
    #[allow(deprecated)]
    #[inline]
    pub fn reject_vpc_peering_connection<'a>(
        &'a self,
        request: &'a super::RejectVpcPeeringConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RejectVpcPeeringConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases the EIP (释放弹性公网IP): calls `ReleaseAddresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn release_addresses<'a>(
        &'a self,
        request: &'a super::ReleaseAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReleaseAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases an EIPv6 (释放弹性公网IPv6): calls `ReleaseIPv6Addresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn release_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::ReleaseIPv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReleaseIPv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases the IPv6 public network bandwidth (关闭IPv6公网带宽): calls `ReleaseIp6AddressesBandwidth`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn release_ip6_addresses_bandwidth<'a>(
        &'a self,
        request: &'a super::ReleaseIp6AddressesBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReleaseIp6AddressesBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a bandwidth package resource (删除带宽包资源): calls `RemoveBandwidthPackageResources`.
    ///
    /// This API is used to delete a bandwidth package resource, including [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1), [Cloud Load Balancer](https://intl.cloud.tencent.com/document/product/214/517?from_cn_redirect=1), and so on.
    ///
    /// 接口用于删除带宽包资源，包括[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)和[负载均衡](https://cloud.tencent.com/document/product/214/517)等
    #[allow(deprecated)]
    #[inline]
    pub fn remove_bandwidth_package_resources<'a>(
        &'a self,
        request: &'a super::RemoveBandwidthPackageResourcesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RemoveBandwidthPackageResources>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除IPV6转换规则: calls `RemoveIp6Rules`.
    ///
    /// 1. 该接口用于删除IPV6转换规则
    ///
    /// 2. 支持批量删除同一个转换实例下的多个转换规则
    #[allow(deprecated)]
    #[inline]
    pub fn remove_ip6_rules<'a>(
        &'a self,
        request: &'a super::RemoveIp6RulesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RemoveIp6Rules>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 续费包月带宽弹性公网IP: calls `RenewAddresses`.
    ///
    /// 本接口（RenewAddresses）用于续费包月带宽计费模式的弹性公网IP。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_addresses<'a>(
        &'a self,
        request: &'a super::RenewAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Renews a VPN gateway (续费VPN网关): calls `RenewVpnGateway`.
    ///
    /// This API (RenewVpnGateway) is used to renew prepaid (yearly/monthly subscription) VPN gateways. Currently, only IPSEC gateways are supported.
    ///
    /// 本接口（RenewVpnGateway）用于预付费（包年包月）VPN网关续费。目前只支持IPSEC网关。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_vpn_gateway<'a>(
        &'a self,
        request: &'a super::RenewVpnGatewayRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewVpnGateway>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 替换云联网路由传播策略: calls `ReplaceCcnRouteTableBroadcastPolicys`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn replace_ccn_route_table_broadcast_policys<'a>(
        &'a self,
        request: &'a super::ReplaceCcnRouteTableBroadcastPolicysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceCcnRouteTableBroadcastPolicys>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 替换云联网路由接收策略: calls `ReplaceCcnRouteTableInputPolicys`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn replace_ccn_route_table_input_policys<'a>(
        &'a self,
        request: &'a super::ReplaceCcnRouteTableInputPolicysRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceCcnRouteTableInputPolicys>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replaces the CCN routes of a Direct Connect gateway (替换专线网关云联网路由): calls `ReplaceDirectConnectGatewayCcnRoutes`.
    ///
    /// This API (ReplaceDirectConnectGatewayCcnRoutes) is used to modify the specified route according to the route ID. Batch modification is supported.
    ///
    /// 本接口（ReplaceDirectConnectGatewayCcnRoutes）根据路由ID（RouteId）修改指定的路由（Route），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_direct_connect_gateway_ccn_routes<'a>(
        &'a self,
        request: &'a super::ReplaceDirectConnectGatewayCcnRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceDirectConnectGatewayCcnRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 替换高优路由表和子网绑定关系: calls `ReplaceHighPriorityRouteTableAssociation`.
    ///
    /// 替换高优路由表和子网绑定关系。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_high_priority_route_table_association<'a>(
        &'a self,
        request: &'a super::ReplaceHighPriorityRouteTableAssociationRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceHighPriorityRouteTableAssociation>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 替换高优路由表条目信息。: calls `ReplaceHighPriorityRoutes`.
    ///
    /// 替换高优路由表条目信息。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_high_priority_routes<'a>(
        &'a self,
        request: &'a super::ReplaceHighPriorityRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceHighPriorityRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replace a route reception policy binding (替换路由接收策略绑定): calls `ReplaceRoutePolicyAssociations`.
    ///
    /// This API is used to modify the binding Priority (Priority) based on the route reception policy instance ID (RoutePolicyId) and route table instance ID (RouteTableId), supporting batch modification.
    ///
    /// 本接口（ReplaceRoutePolicyAssociations）根据路由接收策略实例ID（RoutePolicyId）和路由表实例ID（RouteTableId）修改绑定优先级（Priority），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_route_policy_associations<'a>(
        &'a self,
        request: &'a super::ReplaceRoutePolicyAssociationsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceRoutePolicyAssociations>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replace a route reception policy entry (替换路由表接收策略条目): calls `ReplaceRoutePolicyEntries`.
    ///
    /// This API is used to modify specified routing policy entries based on route reception policy rule ID and supports batch modification.
    ///
    /// 本接口（ReplaceRoutePolicyEntries）根据路由接收策略规则ID（RoutePolicyEntryId）修改指定的路由策略条目（RoutePolicyEntry），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_route_policy_entries<'a>(
        &'a self,
        request: &'a super::ReplaceRoutePolicyEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceRoutePolicyEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replaces the association relation of a route table (替换路由表绑定关系): calls `ReplaceRouteTableAssociation`.
    ///
    /// This API (ReplaceRouteTableAssociation) is used to modify the route table associated with a subnet.
    ///
    /// * A subnet can only be associated with one route table.
    ///
    /// 本接口（ReplaceRouteTableAssociation）用于修改子网（Subnet）关联的路由表（RouteTable）。
    ///
    /// * 一个子网只能关联一个路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_route_table_association<'a>(
        &'a self,
        request: &'a super::ReplaceRouteTableAssociationRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceRouteTableAssociation>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replaces a routing policy (替换路由策略): calls `ReplaceRoutes`.
    ///
    /// This API (ReplaceRoutes) is used to modify a specified routing policy by its ID (RouteId). Batch modification is supported.
    ///
    /// 本接口（ReplaceRoutes）根据路由策略ID（RouteId）修改指定的路由策略（Route），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_routes<'a>(
        &'a self,
        request: &'a super::ReplaceRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Match route reception policy (匹配路由接收策略): calls `ReplaceRoutesWithRoutePolicy`.
    ///
    /// This API (ReplaceRoutes) modifies the specified routing policy (Route) based on the routing policy ID (RouteId), supporting batch modifications.
    ///
    /// 本接口（ReplaceRoutes）根据路由策略ID（RouteId）修改指定的路由策略（Route），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_routes_with_route_policy<'a>(
        &'a self,
        request: &'a super::ReplaceRoutesWithRoutePolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceRoutesWithRoutePolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Batch modifies security group policies (批量修改安全组规则): calls `ReplaceSecurityGroupPolicies`.
    ///
    /// This API is used to batch modify security group policies.
    ///
    /// Policies to modify must be in the same direction. `PolicyIndex` must be specified.
    ///
    /// 本接口（ReplaceSecurityGroupPolicies）用于批量修改安全组规则（SecurityGroupPolicy）。
    ///
    /// 单个请求中只能替换单个方向的一条或多条规则, 必须要指定索引（PolicyIndex）。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_security_group_policies<'a>(
        &'a self,
        request: &'a super::ReplaceSecurityGroupPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceSecurityGroupPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replaces a single security group rule (替换单条安全组规则): calls `ReplaceSecurityGroupPolicy`.
    ///
    /// This API (ReplaceSecurityGroupPolicy) is used to replace a single security group policy (SecurityGroupPolicy).
    ///
    /// Only one policy in a single direction can be replaced in each request, and the PolicyIndex parameter must be specified.
    ///
    /// 本接口（ReplaceSecurityGroupPolicy）用于替换单条安全组规则（SecurityGroupPolicy）。
    ///
    /// 单个请求中只能替换单个方向的一条规则, 必须要指定索引（PolicyIndex）。
    #[allow(deprecated)]
    #[inline]
    pub fn replace_security_group_policy<'a>(
        &'a self,
        request: &'a super::ReplaceSecurityGroupPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReplaceSecurityGroupPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Re-applies for the instance association (重新申请关联实例): calls `ResetAttachCcnInstances`.
    ///
    /// This API (ResetAttachCcnInstances) is used to re-apply for the association operation when the application for cross-account instance association expires.
    ///
    /// 本接口（ResetAttachCcnInstances）用于跨账号关联实例申请过期时，重新申请关联操作。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_attach_ccn_instances<'a>(
        &'a self,
        request: &'a super::ResetAttachCcnInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetAttachCcnInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 重置高优路由表路由: calls `ResetHighPriorityRoutes`.
    ///
    /// 重置高优路由表。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_high_priority_routes<'a>(
        &'a self,
        request: &'a super::ResetHighPriorityRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetHighPriorityRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the concurrent connection cap for the NAT gateway (调整NAT网关并发连接上限): calls `ResetNatGatewayConnection`.
    ///
    /// This API is used to adjust concurrent connection cap for the NAT gateway.
    ///
    /// 本接口（ResetNatGatewayConnection）用于调整传统型NAT网关并发连接数上限。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_nat_gateway_connection<'a>(
        &'a self,
        request: &'a super::ResetNatGatewayConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetNatGatewayConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Reset a route policy binding (重置路由策略绑定): calls `ResetRoutePolicyAssociations`.
    ///
    /// This API is used to unbind the routing policy instance already bound to a specific route table instance, set up alarms for the new binding routing policy and priority.
    ///
    /// 本接口（ResetRoutePolicyAssociations）用于对某个路由表实例已经绑定的路由策略实例解除绑定关系，并重新设置新的绑定路由策略及优先级。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_route_policy_associations<'a>(
        &'a self,
        request: &'a super::ResetRoutePolicyAssociationsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetRoutePolicyAssociations>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Reset a route reception policy entry (重置路由接收策略条目): calls `ResetRoutePolicyEntries`.
    ///
    /// This API is used to reset the designated route reception policy entry based on the rule ID and supports batch modification.
    ///
    /// 本接口（ResetRoutePolicyEntries）根据路由接收策略规则ID（RoutePolicyId）重置指定的路由接收策略条目（RoutePolicyEntry），支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_route_policy_entries<'a>(
        &'a self,
        request: &'a super::ResetRoutePolicyEntriesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetRoutePolicyEntries>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Resets the names and routing policies of route tables (重置路由表名称和路由策略): calls `ResetRoutes`.
    ///
    /// This API (ResetRoutes) is used to reset the name of a route table and all its routing policies.
    ///
    /// Note: When this API is called, all routing policies in the current route table are deleted before new routing policies are saved, which may incur network interruption.
    ///
    /// 本接口（ResetRoutes）用于对某个路由表名称和所有路由策略（Route）进行重新设置。
    ///
    /// 注意: 调用本接口时先删除当前路由表中所有路由策略, 再保存新提交的路由策略内容, 会引起网络中断。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_routes<'a>(
        &'a self,
        request: &'a super::ResetRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Updates a traffic mirroring filter rule (更新流量镜像过滤规则): calls `ResetTrafficMirrorFilter`.
    ///
    /// This API is used to update a traffic mirroring instance filter rule.
    ///
    /// Note: A traffic mirroring instance cannot simultaneously support filtering based on NAT gateway and five tuple rules.
    ///
    /// 本接口（ResetTrafficMirrorFilter）用于更新流量镜像实例过滤规则。
    ///
    /// 注意：每一个流量镜像实例，不能同时支持按nat网关和五元组两种规则过滤
    #[allow(deprecated)]
    #[inline]
    pub fn reset_traffic_mirror_filter<'a>(
        &'a self,
        request: &'a super::ResetTrafficMirrorFilterRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetTrafficMirrorFilter>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Resets the traffic mirroring collection object (重置流量镜像采集对象): calls `ResetTrafficMirrorSrcs`.
    ///
    /// This API is used to reset the collection object of a traffic mirroring instance.
    ///
    /// 本接口（ResetTrafficMirrorSrcs）用于重置流量镜像实例采集对象。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_traffic_mirror_srcs<'a>(
        &'a self,
        request: &'a super::ResetTrafficMirrorSrcsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetTrafficMirrorSrcs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Updates the traffic mirroring receiving destination information (更新流量镜像接收目的信息): calls `ResetTrafficMirrorTarget`.
    ///
    /// This API is used to update the receiving destination information of a traffic mirroring instance.
    ///
    /// 本接口（ResetTrafficMirrorTarget）用于更新流量镜像实例的接收目的信息。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_traffic_mirror_target<'a>(
        &'a self,
        request: &'a super::ResetTrafficMirrorTargetRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetTrafficMirrorTarget>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Resets a VPN tunnel (重置VPN通道): calls `ResetVpnConnection`.
    ///
    /// The API is used to reset a VPN tunnel.
    ///
    /// 本接口（ResetVpnConnection）用于重置VPN通道。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_vpn_connection<'a>(
        &'a self,
        request: &'a super::ResetVpnConnectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetVpnConnection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the bandwidth cap of a VPN gateway (调整VPN网关带宽上限): calls `ResetVpnGatewayInternetMaxBandwidth`.
    ///
    /// This API is used to adjust the bandwidth cap of a VPN gateway. The adjustment of the VPN gateway bandwidth is limited to \[5,100\] Mbps and \[200,1000\] Mbps.
    ///
    /// 本接口（ResetVpnGatewayInternetMaxBandwidth）用于调整VPN网关带宽上限。VPN网关带宽目前仅支持部分带宽范围内升降配，如【5,100】Mbps和【200,1000】Mbps，在各自带宽范围内可提升配额，跨范围提升配额和降配暂不支持，如果是包年包月VPN网关需要在有效期内。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_vpn_gateway_internet_max_bandwidth<'a>(
        &'a self,
        request: &'a super::ResetVpnGatewayInternetMaxBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetVpnGatewayInternetMaxBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Restores security group policies (恢复安全组策略): calls `ResumeSnapshotInstance`.
    ///
    /// This API is used to restore security group policies with a backup.
    ///
    /// 本接口（ResumeSnapshotInstance）用于根据备份内容恢复安全组策略。
    #[allow(deprecated)]
    #[inline]
    pub fn resume_snapshot_instance<'a>(
        &'a self,
        request: &'a super::ResumeSnapshotInstanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResumeSnapshotInstance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinds and releases public IPs (解绑并释放普通公网IP): calls `ReturnNormalAddresses`.
    ///
    /// This API is used to unbind and release public IPs.
    ///
    /// Note: Starting from Dec 15, 2022, CAM authorization is required for a sub-account to call this API. For more details, see [Authorization Guide](https://intl.cloud.tencent.com/document/product/598/34545?from_cn_redirect=1).
    ///
    /// 本接口（ReturnNormalAddresses）用于解绑并释放普通公网IP。
    ///
    /// 为完善公网IP的访问管理功能，此接口于2022年12月15日升级优化鉴权功能，升级后子用户调用此接口需向主账号申请CAM策略授权，否则可能调用失败。您可以提前为子账号配置操作授权，详情见[授权指南](https://cloud.tencent.com/document/product/598/34545)。
    #[allow(deprecated)]
    #[inline]
    pub fn return_normal_addresses<'a>(
        &'a self,
        request: &'a super::ReturnNormalAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ReturnNormalAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Sets the outbound bandwidth cap of each CCN region (设置云联网各地域出带宽上限或地域间上限): calls `SetCcnRegionBandwidthLimits`.
    ///
    /// This API (SetCcnRegionBandwidthLimits) is used to set the outbound bandwidth cap for CCNs in each region. This API can only set the outbound bandwidth cap for regions in the network instances that have already been associated.
    ///
    /// 本接口（SetCcnRegionBandwidthLimits）用于设置云联网（CCN）各地域出带宽上限，或者地域间带宽上限。
    #[allow(deprecated)]
    #[inline]
    pub fn set_ccn_region_bandwidth_limits<'a>(
        &'a self,
        request: &'a super::SetCcnRegionBandwidthLimitsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::SetCcnRegionBandwidthLimits>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Specifies whether to enable auto-renewal for the VPN gateway (设置VPNGW续费标记): calls `SetVpnGatewaysRenewFlag`.
    ///
    /// This API is used set the auto-renewal configuration of a VPN gateway.
    ///
    /// 本接口（SetVpnGatewaysRenewFlag）用于设置VPNGW续费标记。
    #[allow(deprecated)]
    #[inline]
    pub fn set_vpn_gateways_renew_flag<'a>(
        &'a self,
        request: &'a super::SetVpnGatewaysRenewFlagRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::SetVpnGatewaysRenewFlag>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enables traffic mirroring (开启流量镜像): calls `StartTrafficMirror`.
    ///
    /// This API is used to start a traffic mirroring instance.
    ///
    /// 本接口（StartTrafficMirror）用于开启流量镜像实例。
    #[allow(deprecated)]
    #[inline]
    pub fn start_traffic_mirror<'a>(
        &'a self,
        request: &'a super::StartTrafficMirrorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::StartTrafficMirror>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disables traffic mirroring (关闭流量镜像): calls `StopTrafficMirror`.
    ///
    /// This API is used to stop a traffic mirroring instance.
    ///
    /// 本接口（StopTrafficMirror）用于关闭流量镜像实例。
    #[allow(deprecated)]
    #[inline]
    pub fn stop_traffic_mirror<'a>(
        &'a self,
        request: &'a super::StopTrafficMirrorRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::StopTrafficMirror>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Switches an ordinary IP to an EIP (普通IP转弹性IP): calls `TransformAddress`.
    ///
    /// This API is used to convert a common public IP into an [Elastic IP](https://intl.cloud.tencent.com/document/product/213/1941?from_cn_redirect=1) (EIP for short).
    ///
    /// * Tencent Cloud limits the number of times that a user can unbind EIPs and reassign public IPs in each region per day. For more information, see product introduction of [Elastic IP](https://intl.cloud.tencent.com/document/product/213/5733?from_cn_redirect=1). The preceding quota can be obtained through the API [DescribeAddressQuota](https://intl.cloud.tencent.com/document/product/215/16701).
    ///
    /// 本接口 (TransformAddress) 用于将实例的普通公网 IP 转换为[弹性公网IP](https://cloud.tencent.com/document/product/213/1941)（简称 EIP）。
    ///
    /// * 平台对用户单地域每日解绑 EIP 重新分配普通公网 IP 次数有所限制（可参见 [EIP 产品简介](https://cloud.tencent.com/document/product/213/1941)）。上述配额可通过 [DescribeAddressQuota](https://cloud.tencent.com/document/product/215/16701) 接口获取。
    #[allow(deprecated)]
    #[inline]
    pub fn transform_address<'a>(
        &'a self,
        request: &'a super::TransformAddressRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::TransformAddress>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases IPv6 addresses (释放IPv6地址): calls `UnassignIpv6Addresses`.
    ///
    /// This API is used to release the IPv6 addresses of an ENI.
    ///
    /// This API is completed asynchronously. If you need to query the execution result of an async task, please use the `RequestId` returned by this API to poll the `DescribeVpcTaskResult` API.
    ///
    /// 本接口（UnassignIpv6Addresses）用于释放弹性网卡`IPv6`地址。
    ///
    /// 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的`RequestId`轮询[DescribeVpcTaskResult](https://cloud.tencent.com/document/api/215/59037)接口。
    #[allow(deprecated)]
    #[inline]
    pub fn unassign_ipv6_addresses<'a>(
        &'a self,
        request: &'a super::UnassignIpv6AddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnassignIpv6Addresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases IPv6 IP range (释放IPv6网段): calls `UnassignIpv6CidrBlock`.
    ///
    /// This API (UnassignIpv6CidrBlock) is used to release IPv6 IP ranges.
    ///
    /// If the IP range still has occupied IPs that are not yet repossessed, the IP range cannot be released.
    ///
    /// 本接口（UnassignIpv6CidrBlock）用于释放IPv6网段。
    ///
    /// 网段如果还有IP占用且未回收，则网段无法释放。
    #[allow(deprecated)]
    #[inline]
    pub fn unassign_ipv6_cidr_block<'a>(
        &'a self,
        request: &'a super::UnassignIpv6CidrBlockRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnassignIpv6CidrBlock>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Releases the IPv6 subnet IP range (释放IPv6子网段): calls `UnassignIpv6SubnetCidrBlock`.
    ///
    /// This API (UnassignIpv6SubnetCidrBlock) is used to release IPv6 subnet IP ranges.
    ///
    /// If the subnet IP range still has occupied IPs that are not yet repossessed, the subnet IP range cannot be released.
    ///
    /// 本接口（UnassignIpv6SubnetCidrBlock）用于释放IPv6子网段。
    ///
    /// 子网段如果还有IP占用且未回收，则子网段无法释放。
    #[allow(deprecated)]
    #[inline]
    pub fn unassign_ipv6_subnet_cidr_block<'a>(
        &'a self,
        request: &'a super::UnassignIpv6SubnetCidrBlockRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnassignIpv6SubnetCidrBlock>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Returns the private IPs of an ENI (弹性网卡退还内网 IP): calls `UnassignPrivateIpAddresses`.
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
    #[allow(deprecated)]
    #[inline]
    pub fn unassign_private_ip_addresses<'a>(
        &'a self,
        request: &'a super::UnassignPrivateIpAddressesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnassignPrivateIpAddresses>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 安全解锁云联网带宽: calls `UnlockCcnBandwidths`.
    ///
    /// 本接口（UnlockCcnBandwidths）用户解锁云联网限速实例。
    ///
    /// 该接口一般用来封禁地域间限速的云联网实例下的限速实例, 目前联通内部运营系统通过云API调用, 如果是出口限速, 一般使用更粗的云联网实例粒度封禁（SecurityUnlockCcns）。
    ///
    /// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统。
    #[allow(deprecated)]
    #[inline]
    pub fn unlock_ccn_bandwidths<'a>(
        &'a self,
        request: &'a super::UnlockCcnBandwidthsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnlockCcnBandwidths>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 安全解锁云联网实例: calls `UnlockCcns`.
    ///
    /// 本接口（UnlockCcns）用于解锁云联网实例
    ///
    /// 该接口一般用来解封禁出口限速的云联网实例, 目前联通内部运营系统通过云API调用, 因为出口限速无法按地域间解封禁, 只能按更粗的云联网实例粒度解封禁, 如果是地域间限速, 一般可以通过更细的限速实例粒度解封禁（UnlockCcnBandwidths）
    ///
    /// 如有需要, 可以封禁任意限速实例, 可接入到内部运营系统
    #[allow(deprecated)]
    #[inline]
    pub fn unlock_ccns<'a>(
        &'a self,
        request: &'a super::UnlockCcnsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnlockCcns>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Updates a traffic mirroring filter rule or collection object (更新流量镜像过滤规则或者采集对象): calls `UpdateTrafficMirrorAllFilter`.
    ///
    /// This API is used to update the filter rule or collection object of a traffic mirroring instance.
    ///
    /// 本接口（UpdateTrafficMirrorAllFilter）用于更新流量镜像实例的过滤规则或者采集对象。
    #[allow(deprecated)]
    #[inline]
    pub fn update_traffic_mirror_all_filter<'a>(
        &'a self,
        request: &'a super::UpdateTrafficMirrorAllFilterRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UpdateTrafficMirrorAllFilter>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Updates the traffic mirroring collection direction (更新流量镜像采集方向): calls `UpdateTrafficMirrorDirection`.
    ///
    /// This API is used to update the collection direction of a traffic mirroring instance.
    ///
    /// 本接口（UpdateTrafficMirrorDirection）用于更新流量镜像实例的采集方向。
    #[allow(deprecated)]
    #[inline]
    pub fn update_traffic_mirror_direction<'a>(
        &'a self,
        request: &'a super::UpdateTrafficMirrorDirectionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UpdateTrafficMirrorDirection>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 升级NAT实例产品版本: calls `UpgradeNatGatewayProductVersion`.
    ///
    /// 本接口（UpgradeNatGatewayProductVersion）用于升级NAT实例产品版本，将传统型NAT实例升级到标准型NAT。
    #[allow(deprecated)]
    #[inline]
    pub fn upgrade_nat_gateway_product_version<'a>(
        &'a self,
        request: &'a super::UpgradeNatGatewayProductVersionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UpgradeNatGatewayProductVersion>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Withdraws a route from CCN (从云联网撤销路由): calls `WithdrawNotifyRoutes`.
    ///
    /// This API is used to withdraw a route from CCN.
    ///
    /// 本接口（WithdrawNotifyRoutes）用于撤销已发布到云联网的路由。路由表列表页操作增加“从云联网撤销”。
    #[allow(deprecated)]
    #[inline]
    pub fn withdraw_notify_routes<'a>(
        &'a self,
        request: &'a super::WithdrawNotifyRoutesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::WithdrawNotifyRoutes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }
}
