/// The `cvm` 2017-03-12 API: one method per action, each sending the action's request through the wrapped `tencent_action_client::Client` (its credentials, region, endpoint, retries).
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

    /// Creates CDH instances (创建CDH实例): calls `AllocateHosts`.
    ///
    /// This API is used to create CDH instances with specified configuration.
    ///
    /// 本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。
    ///
    /// * 当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。
    #[allow(deprecated)]
    #[inline]
    pub fn allocate_hosts<'a>(
        &'a self,
        request: &'a super::AllocateHostsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AllocateHosts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Associates a key with an instance (绑定密钥对): calls `AssociateInstancesKeyPairs`.
    ///
    /// This API is used to associate key pairs with instances.
    ///
    /// * If the public key of a key pair is written to the `SSH` configuration of the instance, users will be able to log in to the instance with the private key of the key pair.
    ///
    /// * If the instance is already associated with a key, the old key will become invalid.
    ///
    /// If you currently use a password to log in, you will no longer be able to do so after you associate the instance with a key.
    ///
    /// * Batch operations are supported. The maximum number of instances in each request is 100. If any instance in the request cannot be associated with a key, you will get an error code.
    ///
    /// 本接口 (AssociateInstancesKeyPairs) 用于将密钥绑定到实例上。
    ///
    /// * 仅支持对 `Linux` 操作系统实例进行绑定操作。
    ///
    /// * 非强制关机场景下，仅支持对 [STOPPED](https://cloud.tencent.com/document/product/213/15753#InstanceStatus) 状态实例进行绑定操作。
    ///
    /// * 强制关机场景下，先执行强制关机，再绑定密钥；如实例原状态为 [RUNNING](https://cloud.tencent.com/document/product/213/15753#InstanceStatus)，绑定完成后实例会自动开机。
    ///
    /// * 将密钥的公钥写入到实例的`SSH`配置当中，用户就可以通过该密钥的私钥来登录实例。
    ///
    /// * 如果实例原来绑定过密钥，那么原来的密钥将失效。
    ///
    /// * 如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_instances_key_pairs<'a>(
        &'a self,
        request: &'a super::AssociateInstancesKeyPairsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateInstancesKeyPairs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Associates security groups with instances (绑定安全组): calls `AssociateSecurityGroups`.
    ///
    /// This API is used to associate security groups with specified instances.
    ///
    /// 本接口 (AssociateSecurityGroups) 用于绑定安全组到指定实例。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    ///
    /// 多个安全组绑定至实例后，将以绑定顺序作为优先级顺序依次匹配执行。如需调整安全组优先级，请参见 [调整安全组优先级](https://cloud.tencent.com/document/product/213/42842)。
    #[allow(deprecated)]
    #[inline]
    pub fn associate_security_groups<'a>(
        &'a self,
        request: &'a super::AssociateSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AssociateSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Configures the out-of-band network and deployment network of a CHC (配置CHC物理服务器的带外和部署网络): calls `ConfigureChcAssistVpc`.
    ///
    /// This API is used to configure the out-of-band network and deployment network of a CHC host.
    ///
    /// 配置CHC物理服务器的带外和部署网络。传入带外网络和部署网络信息
    #[allow(deprecated)]
    #[inline]
    pub fn configure_chc_assist_vpc<'a>(
        &'a self,
        request: &'a super::ConfigureChcAssistVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ConfigureChcAssistVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Configures the deployment network of a CHC host (配置CHC物理服务器部署网络): calls `ConfigureChcDeployVpc`.
    ///
    /// This API is used to configure the deployment network of a CHC host.
    ///
    /// 配置CHC物理服务器部署网络
    #[allow(deprecated)]
    #[inline]
    pub fn configure_chc_deploy_vpc<'a>(
        &'a self,
        request: &'a super::ConfigureChcDeployVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ConfigureChcDeployVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Switches an operating system (转换操作系统): calls `ConvertOperatingSystems`.
    ///
    /// This API is used to switch the operating system of an instance with CentOS 7 or CentOS 8 as the source operating system.
    ///
    /// 本接口(ConvertOperatingSystems)用于转换实例的操作系统，仅支持源操作系统为 CentOS 7、CentOS 8 的实例。
    #[allow(deprecated)]
    #[inline]
    pub fn convert_operating_systems<'a>(
        &'a self,
        request: &'a super::ConvertOperatingSystemsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ConvertOperatingSystems>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a spread placement group (创建分散置放群组): calls `CreateDisasterRecoverGroup`.
    ///
    /// This API is used to create a [spread placement group](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1). After you create one, you can specify it for an instance when you [create the instance](https://intl.cloud.tencent.com/document/api/213/15730?from_cn_redirect=1),
    ///
    /// 本接口 (CreateDisasterRecoverGroup)用于创建[分散置放群组](https://cloud.tencent.com/document/product/213/15486)。创建好的置放群组，可在[创建实例](https://cloud.tencent.com/document/api/213/15730)时指定。
    #[allow(deprecated)]
    #[inline]
    pub fn create_disaster_recover_group<'a>(
        &'a self,
        request: &'a super::CreateDisasterRecoverGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDisasterRecoverGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建高性能计算集群: calls `CreateHpcCluster`.
    ///
    /// 创建高性能计算集群
    #[allow(deprecated)]
    #[inline]
    pub fn create_hpc_cluster<'a>(
        &'a self,
        request: &'a super::CreateHpcClusterRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateHpcCluster>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates an image (创建镜像): calls `CreateImage`.
    ///
    /// This API is used to create a new image with the system disk of an instance. The image can be used to create new instances.
    ///
    /// 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
    #[allow(deprecated)]
    #[inline]
    pub fn create_image<'a>(
        &'a self,
        request: &'a super::CreateImageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateImage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a key pair (创建密钥对): calls `CreateKeyPair`.
    ///
    /// This API is used to create an `OpenSSH RSA` key pair, which you can use to log in to a `Linux` instance.
    ///
    /// * You only need to specify a name, and the system will automatically create a key pair and return its `ID` and the public and private keys.
    ///
    /// * The name of the key pair must be unique.
    ///
    /// * You can save the private key to a file and use it as an authentication method for `SSH`.
    ///
    /// * Tencent Cloud does not save users' private keys. Be sure to save it yourself.
    ///
    /// 本接口 (CreateKeyPair) 用于创建一个 `OpenSSH RSA` 密钥对，可以用于登录 `Linux` 实例。
    ///
    /// * 开发者只需指定密钥对名称，即可由系统自动创建密钥对，并返回所生成的密钥对的 `ID` 及其公钥、私钥的内容。
    ///
    /// * 密钥对名称不能和已经存在的密钥对的名称重复。
    ///
    /// * 私钥的内容可以保存到文件中作为 `SSH` 的一种认证方式。
    ///
    /// * 腾讯云不会保存用户的私钥，请妥善保管。
    #[allow(deprecated)]
    #[inline]
    pub fn create_key_pair<'a>(
        &'a self,
        request: &'a super::CreateKeyPairRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateKeyPair>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Create an instance launch template (创建实例启动模板): calls `CreateLaunchTemplate`.
    ///
    /// This interface (CreateLaunchTemplate) is used for instance launch template creation.
    ///
    /// An instance launch template is a configuration data and can be used to create instances. Its content includes configurations required to create instances, such as instance type, types and sizes of data disk and system disk, and security group and other information.
    ///
    /// This API is used to create an instance launch template. After the initial creation of the instance template, its template version is the default version 1. A new version can be created using [CreateLaunchTemplateVersion](https://www.tencentcloud.com/document/api/213/45361), and the version number will increment. By default, when specifying an instance launch template in [RunInstances](https://www.tencentcloud.com/document/api/213/33237), if the template version number is not specified, the default version will be used.
    ///
    /// 本接口（CreateLaunchTemplate）用于创建实例启动模板。
    ///
    /// 实例启动模板是一种配置数据并可用于创建实例，其内容包含创建实例所需的配置，比如实例类型，数据盘和系统盘的类型和大小，以及安全组等信息。
    ///
    /// 初次创建实例模板后，其模板版本为默认版本1，新版本的创建可使用 [CreateLaunchTemplateVersion](https://cloud.tencent.com/document/product/213/66326) 创建，版本号递增。默认情况下，在[RunInstances](https://cloud.tencent.com/document/product/213/15730) 中指定实例启动模板，若不指定模板版本号，则使用默认版本。
    #[allow(deprecated)]
    #[inline]
    pub fn create_launch_template<'a>(
        &'a self,
        request: &'a super::CreateLaunchTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateLaunchTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creating a instance launch template version (创建实例启动模板新版本): calls `CreateLaunchTemplateVersion`.
    ///
    /// This API is used to create an instance launch template based on the specified template ID and the corresponding template version number. The default version number will be used when no template version numbers are specified. Each instance launch template can have up to 30 version numbers.
    ///
    /// 本接口（CreateLaunchTemplateVersion）根据指定的实例模板ID以及对应的模板版本号创建新的实例启动模板，若未指定模板版本号则使用默认版本号。每个实例启动模板最多创建30个版本。
    ///
    /// * 新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖。
    #[allow(deprecated)]
    #[inline]
    pub fn create_launch_template_version<'a>(
        &'a self,
        request: &'a super::CreateLaunchTemplateVersionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateLaunchTemplateVersion>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a spread placement group (删除分散置放群组): calls `DeleteDisasterRecoverGroups`.
    ///
    /// This API is used to delete a [spread placement group](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1). Only empty placement groups can be deleted. To delete a non-empty group, you need to terminate all the CVM instances in it first. Otherwise, the deletion will fail.
    ///
    /// 本接口 (DeleteDisasterRecoverGroups)用于删除[分散置放群组](https://cloud.tencent.com/document/product/213/15486)。只有空的置放群组才能被删除，非空的群组需要先销毁组内所有云服务器，才能执行删除操作，不然会产生删除置放群组失败的错误。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_disaster_recover_groups<'a>(
        &'a self,
        request: &'a super::DeleteDisasterRecoverGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteDisasterRecoverGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除高性能计算集群: calls `DeleteHpcClusters`.
    ///
    /// 当高性能计算集群为空, 即集群内没有任何设备时候, 可以删除该集群。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_hpc_clusters<'a>(
        &'a self,
        request: &'a super::DeleteHpcClustersRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteHpcClusters>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes images (删除镜像): calls `DeleteImages`.
    ///
    /// This API is used to delete one or more images.
    ///
    /// * If the [ImageState](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#Image) of an image is `CREATING` or `USING`, the image cannot be deleted. Call the [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) API to query the image status.
    ///
    /// * Up to 10 custom images are allowed in each region. If you have run out of the quota, delete unused images to create new ones.
    ///
    /// * A shared image cannot be deleted.
    ///
    /// 本接口（DeleteImages）用于删除一个或多个镜像。
    ///
    /// * 当[镜像状态](https://cloud.tencent.com/document/product/213/15753#Image) 为`创建中`、`复制中`、`导入中`时, 不允许删除。镜像状态可以通过[DescribeImages](https://cloud.tencent.com/document/api/213/9418)获取。
    ///
    /// * 被共享的镜像，需要先取消共享关系，才能删除。
    ///
    /// * 每个地域最多只支持创建500个自定义镜像，删除镜像可以释放账户的配额。
    ///
    /// * 当镜像正在被其它账户分享时，不允许删除。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_images<'a>(
        &'a self,
        request: &'a super::DeleteImagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteImages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 删除定时任务: calls `DeleteInstancesActionTimer`.
    ///
    /// 本接口 (DeleteInstancesActionTimer) 用于删除定时任务。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_instances_action_timer<'a>(
        &'a self,
        request: &'a super::DeleteInstancesActionTimerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteInstancesActionTimer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Batch remove CVM instances from the specified instance placement groups (将云服务器实例从指定的置放群组中批量移除): calls `DeleteInstancesDisasterRecoverGroups`.
    ///
    /// This API is used to batch remove CVM instances from specified placement groups.
    ///
    /// 本接口 (DeleteInstancesDisasterRecoverGroups) 用于将云服务器实例从指定的置放群组中批量移除。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_instances_disaster_recover_groups<'a>(
        &'a self,
        request: &'a super::DeleteInstancesDisasterRecoverGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteInstancesDisasterRecoverGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes key pairs (删除密钥对): calls `DeleteKeyPairs`.
    ///
    /// This API is used to delete the key pairs hosted in Tencent Cloud.
    ///
    /// * You can delete multiple key pairs at the same time.
    ///
    /// * A key pair used by an instance or image cannot be deleted. Therefore, you need to verify whether all the key pairs have been deleted successfully.
    ///
    /// 本接口 (DeleteKeyPairs) 用于删除已在腾讯云托管的密钥对。
    ///
    /// * 可以同时删除多个密钥对。
    ///
    /// * 不能删除已被实例或镜像引用的密钥对，所以需要独立判断是否所有密钥对都被成功删除。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_key_pairs<'a>(
        &'a self,
        request: &'a super::DeleteKeyPairsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteKeyPairs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deleting an instance launch template (删除实例启动模板): calls `DeleteLaunchTemplate`.
    ///
    /// This API is used to delete an instance launch template.
    ///
    /// 本接口（DeleteLaunchTemplate）用于删除一个实例启动模板。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_launch_template<'a>(
        &'a self,
        request: &'a super::DeleteLaunchTemplateRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteLaunchTemplate>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes one or more instance launch template versions (删除实例启动模板版本): calls `DeleteLaunchTemplateVersions`.
    ///
    /// This API is used to delete one or more instance launch template versions.
    ///
    /// 本接口（DeleteLaunchTemplateVersions）用于删除一个或者多个实例启动模板版本。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_launch_template_versions<'a>(
        &'a self,
        request: &'a super::DeleteLaunchTemplateVersionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteLaunchTemplateVersions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询用户配额详情: calls `DescribeAccountQuota`.
    ///
    /// 本接口(DescribeAccountQuota)用于查询用户配额详情。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_account_quota<'a>(
        &'a self,
        request: &'a super::DescribeAccountQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAccountQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the actions not allowed for the specified CHC instances (查询CHC物理服务器禁止做的操作): calls `DescribeChcDeniedActions`.
    ///
    /// This API is used to query the actions not allowed for the specified CHC instances.
    ///
    /// 查询CHC物理服务器禁止做的操作，返回给用户
    #[allow(deprecated)]
    #[inline]
    pub fn describe_chc_denied_actions<'a>(
        &'a self,
        request: &'a super::DescribeChcDeniedActionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeChcDeniedActions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the details of CHC hosts (查询CHC物理服务器): calls `DescribeChcHosts`.
    ///
    /// This API is used to query the details of one or more CHC host.
    ///
    /// * You can filter the query results with the instance ID, name or device type. See `Filter` for more information.
    ///
    /// * If no parameter is defined, a certain number of instances under the current account will be returned. The number is specified by `Limit` and is `20` by default.
    ///
    /// 本接口 (DescribeChcHosts) 用于查询一个或多个CHC物理服务器详细信息。
    ///
    /// * 可以根据实例`ID`、实例名称或者设备类型等信息来查询实例的详细信息。过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的实例。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_chc_hosts<'a>(
        &'a self,
        request: &'a super::DescribeChcHostsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeChcHosts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the details of CHC hosts (查询CHC物理服务器): every page of `DescribeChcHosts`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_chc_hosts_pages(
        &self,
        request: &super::DescribeChcHostsRequest,
    ) -> tencent_action_client::Pages<super::DescribeChcHostsRequest> {
        self.inner.pages(request)
    }

    /// Queries the details of CHC hosts (查询CHC物理服务器): every item of `DescribeChcHosts`.
    ///
    /// A stream of the elements of `ChcHostSet` across the pages that `describe_chc_hosts_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_chc_hosts_items(
        &self,
        request: &super::DescribeChcHostsRequest,
    ) -> tencent_action_client::Items<super::DescribeChcHostsRequest> {
        self.inner.items(request)
    }

    /// Queries the quota of placement groups (查询置放群组配额): calls `DescribeDisasterRecoverGroupQuota`.
    ///
    /// This API is used to query the quota of [spread placement groups](https://www.tencentcloud.com/document/product/213/15486).
    ///
    /// 本接口 (DescribeDisasterRecoverGroupQuota)用于查询[分散置放群组](https://cloud.tencent.com/document/product/213/15486)配额。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disaster_recover_group_quota<'a>(
        &'a self,
        request: &'a super::DescribeDisasterRecoverGroupQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDisasterRecoverGroupQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries information on spread placement groups (查询分散置放群组信息): calls `DescribeDisasterRecoverGroups`.
    ///
    /// This API is used to query the information on [spread placement groups](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1).
    ///
    /// 本接口 (DescribeDisasterRecoverGroups)用于查询[分散置放群组](https://cloud.tencent.com/document/product/213/15486)信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disaster_recover_groups<'a>(
        &'a self,
        request: &'a super::DescribeDisasterRecoverGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDisasterRecoverGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries information on spread placement groups (查询分散置放群组信息): every page of `DescribeDisasterRecoverGroups`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disaster_recover_groups_pages(
        &self,
        request: &super::DescribeDisasterRecoverGroupsRequest,
    ) -> tencent_action_client::Pages<super::DescribeDisasterRecoverGroupsRequest> {
        self.inner.pages(request)
    }

    /// Queries information on spread placement groups (查询分散置放群组信息): every item of `DescribeDisasterRecoverGroups`.
    ///
    /// A stream of the elements of `DisasterRecoverGroupSet` across the pages that `describe_disaster_recover_groups_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disaster_recover_groups_items(
        &self,
        request: &super::DescribeDisasterRecoverGroupsRequest,
    ) -> tencent_action_client::Items<super::DescribeDisasterRecoverGroupsRequest> {
        self.inner.items(request)
    }

    /// Views the list of CDH instances (查看CDH实例列表): calls `DescribeHosts`.
    ///
    /// This API is used to query the details of CDH instances.
    ///
    /// 本接口 (DescribeHosts) 用于获取一个或多个CDH实例的详细信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hosts<'a>(
        &'a self,
        request: &'a super::DescribeHostsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeHosts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of CDH instances (查看CDH实例列表): every page of `DescribeHosts`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hosts_pages(
        &self,
        request: &super::DescribeHostsRequest,
    ) -> tencent_action_client::Pages<super::DescribeHostsRequest> {
        self.inner.pages(request)
    }

    /// Views the list of CDH instances (查看CDH实例列表): every item of `DescribeHosts`.
    ///
    /// A stream of the elements of `HostSet` across the pages that `describe_hosts_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hosts_items(
        &self,
        request: &super::DescribeHostsRequest,
    ) -> tencent_action_client::Items<super::DescribeHostsRequest> {
        self.inner.items(request)
    }

    /// 查询高性能集群信息: calls `DescribeHpcClusters`.
    ///
    /// 查询高性能集群信息
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hpc_clusters<'a>(
        &'a self,
        request: &'a super::DescribeHpcClustersRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeHpcClusters>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询高性能集群信息: every page of `DescribeHpcClusters`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hpc_clusters_pages(
        &self,
        request: &super::DescribeHpcClustersRequest,
    ) -> tencent_action_client::Pages<super::DescribeHpcClustersRequest> {
        self.inner.pages(request)
    }

    /// 查询高性能集群信息: every item of `DescribeHpcClusters`.
    ///
    /// A stream of the elements of `HpcClusterSet` across the pages that `describe_hpc_clusters_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_hpc_clusters_items(
        &self,
        request: &super::DescribeHpcClustersRequest,
    ) -> tencent_action_client::Items<super::DescribeHpcClustersRequest> {
        self.inner.items(request)
    }

    /// Queries available images within an image family (查询镜像族内可用镜像): calls `DescribeImageFromFamily`.
    ///
    /// This API is used to view information about available images within an image family.
    ///
    /// 本接口(DescribeImageFromFamily) 用于查看镜像族内可用镜像信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_image_from_family<'a>(
        &'a self,
        request: &'a super::DescribeImageFromFamilyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeImageFromFamily>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries image quota (查询镜像配额上限): calls `DescribeImageQuota`.
    ///
    /// This API is used to query the image quota of an user account.
    ///
    /// 本接口(DescribeImageQuota)用于查询用户账号的镜像配额。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_image_quota<'a>(
        &'a self,
        request: &'a super::DescribeImageQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeImageQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views image sharing information (查看镜像分享信息): calls `DescribeImageSharePermission`.
    ///
    /// This API is used to query image sharing information.
    ///
    /// 本接口（DescribeImageSharePermission）用于查询镜像分享信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_image_share_permission<'a>(
        &'a self,
        request: &'a super::DescribeImageSharePermissionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeImageSharePermission>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of images (查看镜像列表): calls `DescribeImages`.
    ///
    /// This API is used to view the list of images.
    ///
    /// * You specify the image ID or set filters to query the details of certain images.
    ///
    /// * You can specify `Offset` and `Limit` to select a certain part of the results. By default, the information on the first 20 matching results is returned.
    ///
    /// 本接口(DescribeImages) 用于查看镜像列表。
    ///
    /// * 可以通过指定镜像ID来查询指定镜像的详细信息，或通过设定过滤器来查询满足过滤条件的镜像的详细信息。
    ///
    /// * 指定偏移(Offset)和限制(Limit)来选择结果中的一部分，默认返回满足条件的前20个镜像信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_images<'a>(
        &'a self,
        request: &'a super::DescribeImagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeImages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of images (查看镜像列表): every page of `DescribeImages`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_images_pages(
        &self,
        request: &super::DescribeImagesRequest,
    ) -> tencent_action_client::Pages<super::DescribeImagesRequest> {
        self.inner.pages(request)
    }

    /// Views the list of images (查看镜像列表): every item of `DescribeImages`.
    ///
    /// A stream of the elements of `ImageSet` across the pages that `describe_images_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_images_items(
        &self,
        request: &super::DescribeImagesRequest,
    ) -> tencent_action_client::Items<super::DescribeImagesRequest> {
        self.inner.items(request)
    }

    /// Queries the list of supported operating systems of imported images (查询外部导入镜像支持的OS列表): calls `DescribeImportImageOs`.
    ///
    /// This API is used to query the list of supported operating systems of imported images.
    ///
    /// 查看可以导入的镜像操作系统信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_import_image_os<'a>(
        &'a self,
        request: &'a super::DescribeImportImageOsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeImportImageOs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries supported instance model families (查询所支持的实例机型族信息): calls `DescribeInstanceFamilyConfigs`.
    ///
    /// This API is used to query a list of model families available to the current user in the current region.
    ///
    /// 本接口（DescribeInstanceFamilyConfigs）查询当前用户和地域所支持的机型族列表信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instance_family_configs<'a>(
        &'a self,
        request: &'a super::DescribeInstanceFamilyConfigsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstanceFamilyConfigs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例带宽配置: calls `DescribeInstanceInternetBandwidthConfigs`.
    ///
    /// 本接口 (DescribeInstanceInternetBandwidthConfigs) 用于查询实例带宽配置。
    ///
    /// * 只支持查询`BANDWIDTH_PREPAID`（ 预付费按带宽结算 ）计费模式的带宽配置。
    ///
    /// * 接口返回实例的所有带宽配置信息（包含历史的带宽配置信息）。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instance_internet_bandwidth_configs<'a>(
        &'a self,
        request: &'a super::DescribeInstanceInternetBandwidthConfigsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstanceInternetBandwidthConfigs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例机型列表: calls `DescribeInstanceTypeConfigs`.
    ///
    /// 本接口 (DescribeInstanceTypeConfigs) 用于查询实例机型配置。
    ///
    /// * 可以根据`zone`、`instance-family`、`instance-type`来查询实例机型配置。过滤条件详见过滤器[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)。
    ///
    /// * 如果参数为空，返回指定地域的所有实例机型配置。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instance_type_configs<'a>(
        &'a self,
        request: &'a super::DescribeInstanceTypeConfigsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstanceTypeConfigs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例管理终端地址: calls `DescribeInstanceVncUrl`.
    ///
    /// 本接口 ( DescribeInstanceVncUrl ) 用于查询实例管理终端地址，获取的地址可用于实例的 VNC 登录。
    ///
    /// * 处于 `STOPPED` 状态的机器无法使用此功能。
    ///
    /// * 管理终端地址的有效期为 15 秒，调用接口成功后如果 15 秒内不使用该链接进行访问，管理终端地址自动失效，您需要重新查询。
    ///
    /// * 管理终端地址一旦被访问，将自动失效，您需要重新查询。
    ///
    /// * 如果连接断开，每分钟内重新连接的次数不能超过 30 次。
    ///
    /// 获取到 `InstanceVncUrl` 后，您需要在链接 `https://img.qcloud.com/qcloud/app/active_vnc/index.html?` 末尾加上参数 `InstanceVncUrl=xxxx`。
    ///
    /// - 参数 `InstanceVncUrl` ：调用接口成功后会返回的 `InstanceVncUrl` 的值。
    ///
    /// 最后组成的 URL 格式如下：
    ///
    /// ```text
    /// https://img.qcloud.com/qcloud/app/active_vnc/index.html?InstanceVncUrl=wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaHpjWnRVMFNhYmxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdDJIbUJxSTZDL0RXcHZxYnZZMmRkWWZWcEZia2lyb09XMzdKNmM9
    /// ```
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instance_vnc_url<'a>(
        &'a self,
        request: &'a super::DescribeInstanceVncUrlRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstanceVncUrl>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of instances (查看实例列表): calls `DescribeInstances`.
    ///
    /// This API is used to query the details of instances.
    ///
    /// * You can filter the query results with the instance `ID`, name, or billing method. See `Filter` for more information.
    ///
    /// * If no parameter is defined, a certain number of instances under the current account will be returned. The number is specified by `Limit` and is 20 by default.
    ///
    /// 本接口 (DescribeInstances) 用于查询一个或多个实例的详细信息。
    ///
    /// * 可以根据实例`ID`、实例名称或者实例计费模式等信息来查询实例的详细信息。过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的实例。
    ///
    /// * 支持查询实例的最新操作（LatestOperation）以及最新操作状态(LatestOperationState)。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances<'a>(
        &'a self,
        request: &'a super::DescribeInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of instances (查看实例列表): every page of `DescribeInstances`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_pages(
        &self,
        request: &super::DescribeInstancesRequest,
    ) -> tencent_action_client::Pages<super::DescribeInstancesRequest> {
        self.inner.pages(request)
    }

    /// Views the list of instances (查看实例列表): every item of `DescribeInstances`.
    ///
    /// A stream of the elements of `InstanceSet` across the pages that `describe_instances_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_items(
        &self,
        request: &super::DescribeInstancesRequest,
    ) -> tencent_action_client::Items<super::DescribeInstancesRequest> {
        self.inner.items(request)
    }

    /// 查询定时任务信息: calls `DescribeInstancesActionTimer`.
    ///
    /// 本接口 (DescribeInstancesActionTimer) 用于查询定时任务信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_action_timer<'a>(
        &'a self,
        request: &'a super::DescribeInstancesActionTimerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesActionTimer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Obtains the attributes of specified instances in batches (批量获取指定实例属性): calls `DescribeInstancesAttributes`.
    ///
    /// This API is used to obtain the attributes of specified instances. Currently, it supports querying the custom data UserData of instances.
    ///
    /// 获取指定实例的属性，目前支持查询实例自定义数据User-Data。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_attributes<'a>(
        &'a self,
        request: &'a super::DescribeInstancesAttributesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesAttributes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例可调整配置: calls `DescribeInstancesModification`.
    ///
    /// 本接口 (DescribeInstancesModification) 用于查询指定实例支持调整的机型配置。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_modification<'a>(
        &'a self,
        request: &'a super::DescribeInstancesModificationRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesModification>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries limitations on operations on an instance (查询实例操作限制): calls `DescribeInstancesOperationLimit`.
    ///
    /// This API is used to query limitations on operations on an instance.
    ///
    /// * Currently you can use this API to query the maximum number of times you can modify the configuration of an instance.
    ///
    /// 本接口（DescribeInstancesOperationLimit）用于查询实例操作限制。
    ///
    /// * 目前支持调整配置操作限制次数查询。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_operation_limit<'a>(
        &'a self,
        request: &'a super::DescribeInstancesOperationLimitRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesOperationLimit>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of instance status (查看实例状态列表): calls `DescribeInstancesStatus`.
    ///
    /// This API is used to query the status of instances.
    ///
    /// * You can query the status of an instance with its `ID`.
    ///
    /// * If no parameter is defined, the status of a certain number of instances under the current account will be returned. The number is specified by `Limit` and is 20 by default.
    ///
    /// 本接口 (DescribeInstancesStatus) 用于查询一个或多个实例的状态。
    ///
    /// * 可以根据实例`ID`来查询实例的状态。
    ///
    /// * 如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例状态。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_status<'a>(
        &'a self,
        request: &'a super::DescribeInstancesStatusRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesStatus>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views the list of instance status (查看实例状态列表): every page of `DescribeInstancesStatus`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_status_pages(
        &self,
        request: &super::DescribeInstancesStatusRequest,
    ) -> tencent_action_client::Pages<super::DescribeInstancesStatusRequest> {
        self.inner.pages(request)
    }

    /// Views the list of instance status (查看实例状态列表): every item of `DescribeInstancesStatus`.
    ///
    /// A stream of the elements of `InstanceStatusSet` across the pages that `describe_instances_status_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_status_items(
        &self,
        request: &super::DescribeInstancesStatusRequest,
    ) -> tencent_action_client::Items<super::DescribeInstancesStatusRequest> {
        self.inner.items(request)
    }

    /// Queries the network billing methods (查询网络计费类型): calls `DescribeInternetChargeTypeConfigs`.
    ///
    /// This API is used to query the network billing methods.
    ///
    /// 本接口（DescribeInternetChargeTypeConfigs）用于查询网络的计费类型。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_internet_charge_type_configs<'a>(
        &'a self,
        request: &'a super::DescribeInternetChargeTypeConfigsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInternetChargeTypeConfigs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of key pairs (查询密钥对列表): calls `DescribeKeyPairs`.
    ///
    /// This API is used to query key pairs.
    ///
    /// * A key pair is a pair of keys generated by an algorithm in which the public key is available to the public and the private key is available only to the user. You can use this API to query the public key but not the private key.
    ///
    /// 本接口 (DescribeKeyPairs) 用于查询密钥对信息。
    ///
    /// * 密钥对是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥对的公钥内容可以通过这个接口查询，但私钥内容系统不保留。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_key_pairs<'a>(
        &'a self,
        request: &'a super::DescribeKeyPairsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeKeyPairs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of key pairs (查询密钥对列表): every page of `DescribeKeyPairs`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_key_pairs_pages(
        &self,
        request: &super::DescribeKeyPairsRequest,
    ) -> tencent_action_client::Pages<super::DescribeKeyPairsRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of key pairs (查询密钥对列表): every item of `DescribeKeyPairs`.
    ///
    /// A stream of the elements of `KeyPairSet` across the pages that `describe_key_pairs_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_key_pairs_items(
        &self,
        request: &super::DescribeKeyPairsRequest,
    ) -> tencent_action_client::Items<super::DescribeKeyPairsRequest> {
        self.inner.items(request)
    }

    /// Queries instance launch template versions (查询实例模板版本信息): calls `DescribeLaunchTemplateVersions`.
    ///
    /// This API is used to query the information of instance launch template versions.
    ///
    /// 本接口（DescribeLaunchTemplateVersions）用于查询实例模板版本信息。
    ///
    /// - 不支持参数`LaunchTemplateVersions`与以下参数同时指定，包括 `MaxVersion`、`MinVersion`、`Limit`、`Offset`和`DefaultVersion`。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_template_versions<'a>(
        &'a self,
        request: &'a super::DescribeLaunchTemplateVersionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeLaunchTemplateVersions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries instance launch template versions (查询实例模板版本信息): every page of `DescribeLaunchTemplateVersions`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_template_versions_pages(
        &self,
        request: &super::DescribeLaunchTemplateVersionsRequest,
    ) -> tencent_action_client::Pages<super::DescribeLaunchTemplateVersionsRequest> {
        self.inner.pages(request)
    }

    /// Queries instance launch template versions (查询实例模板版本信息): every item of `DescribeLaunchTemplateVersions`.
    ///
    /// A stream of the elements of `LaunchTemplateVersionSet` across the pages that `describe_launch_template_versions_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_template_versions_items(
        &self,
        request: &super::DescribeLaunchTemplateVersionsRequest,
    ) -> tencent_action_client::Items<super::DescribeLaunchTemplateVersionsRequest> {
        self.inner.items(request)
    }

    /// Queries instance launch templates (查询实例启动模板): calls `DescribeLaunchTemplates`.
    ///
    /// This API is used to query one or more instance launch templates.
    ///
    /// 本接口（DescribeLaunchTemplates）用于查询一个或者多个实例启动模板。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_templates<'a>(
        &'a self,
        request: &'a super::DescribeLaunchTemplatesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeLaunchTemplates>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries instance launch templates (查询实例启动模板): every page of `DescribeLaunchTemplates`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_templates_pages(
        &self,
        request: &super::DescribeLaunchTemplatesRequest,
    ) -> tencent_action_client::Pages<super::DescribeLaunchTemplatesRequest> {
        self.inner.pages(request)
    }

    /// Queries instance launch templates (查询实例启动模板): every item of `DescribeLaunchTemplates`.
    ///
    /// A stream of the elements of `LaunchTemplateSet` across the pages that `describe_launch_templates_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_launch_templates_items(
        &self,
        request: &super::DescribeLaunchTemplatesRequest,
    ) -> tencent_action_client::Items<super::DescribeLaunchTemplatesRequest> {
        self.inner.items(request)
    }

    /// Queries the list of regions (查询地域列表): calls `DescribeRegions`.
    ///
    /// This API is suspended. To query the information of regions, use [DescribeZones](https://intl.cloud.tencent.com/document/product/1596/77930?from_cn_redirect=1).
    ///
    /// 本接口(DescribeRegions)用于查询地域信息。因平台策略原因，该接口暂时停止更新，为确保您正常调用，可切换至新链接：<https://cloud.tencent.com/document/product/1596/77930>。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_regions<'a>(
        &'a self,
        request: &'a super::DescribeRegionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRegions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例资源池内已创建的实例列表: calls `DescribeResourcePoolPackInstances`.
    ///
    /// 本接口(DescribeResourcePoolPackInstances)用于查询指定实例资源池内已创建的实例列表及其物理拓扑信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_resource_pool_pack_instances<'a>(
        &'a self,
        request: &'a super::DescribeResourcePoolPackInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeResourcePoolPackInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询支持实例资源池的机型规格列表: calls `DescribeResourcePoolPackTypeConfigs`.
    ///
    /// 本接口(DescribeResourcePoolPackTypeConfigs)用于查询当前地域/可用区支持创建实例资源池的整机/半整机规格列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_resource_pool_pack_type_configs<'a>(
        &'a self,
        request: &'a super::DescribeResourcePoolPackTypeConfigsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeResourcePoolPackTypeConfigs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例资源池预扣包列表: calls `DescribeResourcePoolPacks`.
    ///
    /// 本接口(DescribeResourcePoolPacks)用于查询用户已创建的实例资源池列表，包括资源池基本信息、剩余容量、底层物理拓扑信息等。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_resource_pool_packs<'a>(
        &'a self,
        request: &'a super::DescribeResourcePoolPacksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeResourcePoolPacks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询实例资源池预扣包列表: every page of `DescribeResourcePoolPacks`.
    ///
    /// A stream of the answers, from the page the request asks for (its `NextToken`, none for the first page) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_resource_pool_packs_pages(
        &self,
        request: &super::DescribeResourcePoolPacksRequest,
    ) -> tencent_action_client::Pages<super::DescribeResourcePoolPacksRequest> {
        self.inner.pages(request)
    }

    /// 查询实例资源池预扣包列表: every item of `DescribeResourcePoolPacks`.
    ///
    /// A stream of the elements of `DedicatedResourcePackSet` across the pages that `describe_resource_pool_packs_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_resource_pool_packs_items(
        &self,
        request: &super::DescribeResourcePoolPacksRequest,
    ) -> tencent_action_client::Items<super::DescribeResourcePoolPacksRequest> {
        self.inner.items(request)
    }

    /// 查询维修任务列表: calls `DescribeTaskInfo`.
    ///
    /// 本接口 (DescribeTaskInfo) 用于查询云服务器维修任务列表及详细信息。
    ///
    /// - 可以根据实例ID、实例名称或任务状态等信息来查询维修任务列表。过滤信息详情可参考入参说明。
    ///
    /// - 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的维修任务列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_task_info<'a>(
        &'a self,
        request: &'a super::DescribeTaskInfoRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeTaskInfo>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询维修任务列表: every page of `DescribeTaskInfo`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_task_info_pages(
        &self,
        request: &super::DescribeTaskInfoRequest,
    ) -> tencent_action_client::Pages<super::DescribeTaskInfoRequest> {
        self.inner.pages(request)
    }

    /// 查询维修任务列表: every item of `DescribeTaskInfo`.
    ///
    /// A stream of the elements of `RepairTaskInfoSet` across the pages that `describe_task_info_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_task_info_items(
        &self,
        request: &super::DescribeTaskInfoRequest,
    ) -> tencent_action_client::Items<super::DescribeTaskInfoRequest> {
        self.inner.items(request)
    }

    /// Queries the configurations of models in an availability zone (获取可用区机型配置信息): calls `DescribeZoneInstanceConfigInfos`.
    ///
    /// This API is used to query the configurations of models in an availability zone.
    ///
    /// 本接口(DescribeZoneInstanceConfigInfos) 获取可用区的机型信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_zone_instance_config_infos<'a>(
        &'a self,
        request: &'a super::DescribeZoneInstanceConfigInfosRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeZoneInstanceConfigInfos>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries a list of availability zones (查询可用区列表): calls `DescribeZones`.
    ///
    /// This API is used to query availability zones.
    ///
    /// 本接口(DescribeZones)用于查询可用区信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_zones<'a>(
        &'a self,
        request: &'a super::DescribeZonesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeZones>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disassociates key pairs from instances (解绑密钥对): calls `DisassociateInstancesKeyPairs`.
    ///
    /// This API is used to unbind one or more key pairs from one or more instances.
    ///
    /// * It only supports [`STOPPED`](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#InstanceStatus) Linux instances.
    ///
    /// * After a key pair is disassociated from an instance, you can log in to the instance with password.
    ///
    /// * If you did not set a password for the instance, you will not be able to log in via SSH after the unbinding. In this case, you can call [ResetInstancesPassword](https://intl.cloud.tencent.com/document/api/213/15736?from_cn_redirect=1) to set a login password.
    ///
    /// * Batch operations are supported. The maximum number of instances in each request is 100. If instances not available for the operation are selected, you will get an error code.
    ///
    /// 本接口 (DisassociateInstancesKeyPairs) 用于解除实例的密钥绑定关系。
    ///
    /// * 仅支持对 Linux 操作系统实例进行解绑操作。
    ///
    /// * 非强制关机场景下，仅支持对 [STOPPED](https://cloud.tencent.com/document/product/213/15753#InstanceStatus) 状态实例进行解绑操作。
    ///
    /// * 强制关机场景下，先执行强制关机，再解绑密钥；如实例原状态为 [RUNNING](https://cloud.tencent.com/document/product/213/15753#InstanceStatus)，解绑完成后实例会自动开机。
    ///
    /// * 解绑密钥后，实例可以通过原来设置的密码登录。
    ///
    /// * 如果原来没有设置密码，解绑后将无法使用 `SSH` 登录。可以调用 [ResetInstancesPassword](https://cloud.tencent.com/document/api/213/15736) 接口来设置登录密码。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_instances_key_pairs<'a>(
        &'a self,
        request: &'a super::DisassociateInstancesKeyPairsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateInstancesKeyPairs>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Disassociates security groups from instances (解绑安全组): calls `DisassociateSecurityGroups`.
    ///
    /// This API is used to disassociate security groups from instances.
    ///
    /// 本接口 (DisassociateSecurityGroups) 用于解绑实例的指定安全组。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn disassociate_security_groups<'a>(
        &'a self,
        request: &'a super::DisassociateSecurityGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DisassociateSecurityGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Enters the rescue mode (进入救援模式): calls `EnterRescueMode`.
    ///
    /// This API is used to enter the rescue mode.
    ///
    /// 本接口（EnterRescueMode）用于进入救援模式。
    #[allow(deprecated)]
    #[inline]
    pub fn enter_rescue_mode<'a>(
        &'a self,
        request: &'a super::EnterRescueModeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::EnterRescueMode>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Exits the rescue mode (退出救援模式): calls `ExitRescueMode`.
    ///
    /// This API is used to exit the rescue mode.
    ///
    /// 本接口（ExitRescueMode）用于退出救援模式。
    #[allow(deprecated)]
    #[inline]
    pub fn exit_rescue_mode<'a>(
        &'a self,
        request: &'a super::ExitRescueModeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ExitRescueMode>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Exports custom images (导出自定义镜像): calls `ExportImages`.
    ///
    /// This API is used to export custom images to the specified COS bucket.
    ///
    /// 提供导出自定义镜像到指定COS存储桶的能力
    #[allow(deprecated)]
    #[inline]
    pub fn export_images<'a>(
        &'a self,
        request: &'a super::ExportImagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ExportImages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Imports images (外部镜像导入): calls `ImportImage`.
    ///
    /// This API is used to import an image. The image imported can be used to create instances. Currently, this API supports RAW, VHD, QCOW2, and VMDK image formats.
    ///
    /// 本接口(ImportImage)用于导入镜像，导入后的镜像可用于创建实例。目前支持RAW、VHD、QCOW2、VMDK镜像格式。
    #[allow(deprecated)]
    #[inline]
    pub fn import_image<'a>(
        &'a self,
        request: &'a super::ImportImageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ImportImage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 导入定时任务: calls `ImportInstancesActionTimer`.
    ///
    /// 本接口（ImportInstancesActionTimer）用于导入定时任务
    #[allow(deprecated)]
    #[inline]
    pub fn import_instances_action_timer<'a>(
        &'a self,
        request: &'a super::ImportInstancesActionTimerRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ImportInstancesActionTimer>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Imports key pairs (导入密钥对): calls `ImportKeyPair`.
    ///
    /// This API is used to import key pairs.
    ///
    /// * You can use this API to import key pairs to a user account, but the key pairs will not be automatically associated with any instance. You may use [AssociasteInstancesKeyPair](https://intl.cloud.tencent.com/document/api/213/15698?from_cn_redirect=1) to associate key pairs with instances.
    ///
    /// * You need to specify the names of the key pairs and the content of the public keys.
    ///
    /// * If you only have private keys, you can convert them to public keys with the `SSL` tool before importing them.
    ///
    /// 本接口 (ImportKeyPair) 用于导入密钥对。
    ///
    /// * 本接口的功能是将密钥对导入到用户账户，并不会自动绑定到实例。如需绑定可以使用[AssociateInstancesKeyPairs](https://cloud.tencent.com/document/product/213/15698)接口。
    ///
    /// * 需指定密钥对名称以及该密钥对的公钥文本。
    ///
    /// * 如果用户只有私钥，可以通过 `SSL` 工具将私钥转换成公钥后再导入。
    #[allow(deprecated)]
    #[inline]
    pub fn import_key_pair<'a>(
        &'a self,
        request: &'a super::ImportKeyPairRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ImportKeyPair>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建实例资源池预扣包询价: calls `InquirePricePurchaseResourcePoolPacks`.
    ///
    /// 本接口(InquirePricePurchaseResourcePoolPacks)用于查询创建实例资源池的价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_purchase_resource_pool_packs<'a>(
        &'a self,
        request: &'a super::InquirePricePurchaseResourcePoolPacksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePricePurchaseResourcePoolPacks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modify the instance billing mode price inquiry (修改实例计费模式询价): calls `InquiryPriceModifyInstancesChargeType`.
    ///
    /// This API is used to inquire about the price for switching billing modes of instance.
    ///
    /// This API is used to indicate that instances with no charge when shut down, instances of the model families Batch Computing BC1 and Batch Computing BS1, instances of scheduled termination, and spot instances do not support this operation.
    ///
    /// 本接口 (InquiryPriceModifyInstancesChargeType) 用于切换实例的计费模式询价。
    ///
    /// * 关机不收费的实例、`批量计算型BC1`和`批量计算型BS1`机型族的实例、设置定时销毁的实例、竞价实例不支持该操作。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_modify_instances_charge_type<'a>(
        &'a self,
        request: &'a super::InquiryPriceModifyInstancesChargeTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceModifyInstancesChargeType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 续费CDH实例询价: calls `InquiryPriceRenewHosts`.
    ///
    /// 本接口 (InquiryPriceRenewHosts) 用于续费包年包月`CDH`实例询价。
    ///
    /// * 只支持查询包年包月`CDH`实例的续费价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_renew_hosts<'a>(
        &'a self,
        request: &'a super::InquiryPriceRenewHostsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRenewHosts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Renewal instance inquiry (续费实例询价): calls `InquiryPriceRenewInstances`.
    ///
    /// This API is used to inquire about the price for renewing a monthly subscription instance.
    ///
    /// This API is used to query the renewal price of monthly subscription instances.
    ///
    /// 本接口 (InquiryPriceRenewInstances) 用于续费包年包月实例询价。
    ///
    /// * 只支持查询包年包月实例的续费价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_renew_instances<'a>(
        &'a self,
        request: &'a super::InquiryPriceRenewInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRenewInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of instance reinstallation (重装实例询价): calls `InquiryPriceResetInstance`.
    ///
    /// This API is used to inquire about the price for reinstalling an instance.
    ///
    /// * If you have specified the parameter `ImageId`, inquire about the price for reinstallation by using the specified image. Otherwise, inquire about the price for reinstallation based on the image currently used by the instance.
    ///
    /// * Currently, only instances with a [system disk type](https://intl.cloud.tencent.com/document/api/213/15753?from_cn_redirect=1#SystemDisk) of `CLOUD_BSSD`, `CLOUD_PREMIUM`, or `CLOUD_SSD` are supported for inquiring about the price for reinstallation caused by switching between `Linux` and `Windows` operating systems through this API.
    ///
    /// * Currently, instances in regions outside the Chinese mainland are not supported for inquiring about the price for reinstallation caused by switching between `Linux` and `Windows` operating systems through this API.
    ///
    /// 本接口 (InquiryPriceResetInstance) 用于重装实例询价。
    ///
    /// * 如果指定了`ImageId`参数，则使用指定的镜像进行重装询价；否则按照当前实例使用的镜像进行重装询价。
    ///
    /// * 目前只支持[系统盘类型](https://cloud.tencent.com/document/api/213/15753#SystemDisk)是`CLOUD_BSSD `、`CLOUD_PREMIUM`、`CLOUD_SSD`类型的实例使用该接口实现`Linux`和`Windows`操作系统切换的重装询价。
    ///
    /// * 目前不支持境外地域的实例使用该接口实现`Linux`和`Windows`操作系统切换的重装询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_reset_instance<'a>(
        &'a self,
        request: &'a super::InquiryPriceResetInstanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceResetInstance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of public network bandwidth for an instance with a new maximum bandwidth (调整实例带宽上限询价): calls `InquiryPriceResetInstancesInternetMaxBandwidth`.
    ///
    /// This API is used to query the price for upgrading the public bandwidth cap of an instance.
    ///
    /// * The allowed bandwidth cap varies for different models. For details, see [Purchasing Network Bandwidth](https://intl.cloud.tencent.com/document/product/213/509?from_cn_redirect=1).
    ///
    /// * For bandwidth billed by the `TRAFFIC_POSTPAID_BY_HOUR` method, changing the bandwidth cap through this API takes effect in real time. You can increase or reduce bandwidth within applicable limits.
    ///
    /// 本接口 (InquiryPriceResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限询价。
    ///
    /// * 不同机型带宽上限范围不一致，具体限制详见[公网带宽上限](https://cloud.tencent.com/document/product/213/12523)。
    ///
    /// * 对于`BANDWIDTH_PREPAID`计费方式的带宽，目前不支持调小带宽，且需要输入参数`StartTime`和`EndTime`，指定调整后的带宽的生效时间段。在这种场景下会涉及扣费，请确保账户余额充足。可通过 [DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253) 接口查询账户余额。
    ///
    /// * 对于 `TRAFFIC_POSTPAID_BY_HOUR`、 `BANDWIDTH_POSTPAID_BY_HOUR` 和 `BANDWIDTH_PACKAGE` 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 `StartTime` 和 `EndTime` 。
    ///
    /// * 接口不支持调整`BANDWIDTH_POSTPAID_BY_MONTH`计费方式的带宽。
    ///
    /// * 接口不支持批量调整 `BANDWIDTH_PREPAID` 和 `BANDWIDTH_POSTPAID_BY_HOUR` 计费方式的带宽。
    ///
    /// * 接口不支持批量调整混合计费方式的带宽。例如不支持同时调整`TRAFFIC_POSTPAID_BY_HOUR`和`BANDWIDTH_PACKAGE`计费方式的带宽。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_reset_instances_internet_max_bandwidth<'a>(
        &'a self,
        request: &'a super::InquiryPriceResetInstancesInternetMaxBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<
                super::InquiryPriceResetInstancesInternetMaxBandwidth,
            >,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of an instance with a new configuration (调整实例配置询价): calls `InquiryPriceResetInstancesType`.
    ///
    /// This API is used to query the price for adjusting the instance model.
    ///
    /// * Currently, you can only use this API to query the prices of instances whose [system disk type](https://www.tencentcloud.com/document/product/213/15753) is `CLOUD_BASIC`, `CLOUD_PREMIUM`, or `CLOUD_SSD`.
    ///
    /// * Currently, you cannot use this API to query the prices of [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances.
    ///
    /// 本接口 (InquiryPriceResetInstancesType) 用于调整实例的机型询价。
    ///
    /// * 目前只支持[系统盘类型](https://cloud.tencent.com/document/product/213/15753#SystemDisk)是`CLOUD_BSSD`、`CLOUD_PREMIUM`、`CLOUD_SSD`类型的实例使用该接口进行调整机型询价。
    ///
    /// * 目前不支持[CDH](https://cloud.tencent.com/document/product/416)实例使用该接口调整机型询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_reset_instances_type<'a>(
        &'a self,
        request: &'a super::InquiryPriceResetInstancesTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceResetInstancesType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the capacity price of an instance after disk expansion (扩容实例磁盘询价): calls `InquiryPriceResizeInstanceDisks`.
    ///
    /// This API is used to query the price for expanding data disks of an instance.
    ///
    /// * Currently, you can only use this API to query the price of non-elastic data disks whose [disk type](https://www.tencentcloud.com/document/product/213/15753) is `CLOUD_BASIC`, `CLOUD_PREMIUM`, or `CLOUD_SSD`. You can use [`DescribeDisks`](https://intl.cloud.tencent.com/document/api/362/16315?from_cn_redirect=1) to check whether a disk is elastic. If the `Portable` field in the response is `false`, it means that the disk is non-elastic.
    ///
    /// * Currently, you cannot use this API to query the price for [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances. *Also, you can only query the price of expanding one data disk at a time.
    ///
    /// 本接口 (InquiryPriceResizeInstanceDisks) 用于扩容实例的数据盘询价。
    ///
    /// * 目前只支持扩容非弹性数据盘（[DescribeDisks](https://cloud.tencent.com/document/api/362/16315)接口返回值中的`Portable`为`false`表示非弹性）询价。
    ///
    /// * 目前不支持[CDH](https://cloud.tencent.com/document/product/416)实例使用该接口扩容数据盘询价。
    ///
    /// * 目前只支持扩容一块数据盘询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_resize_instance_disks<'a>(
        &'a self,
        request: &'a super::InquiryPriceResizeInstanceDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceResizeInstanceDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of creating instances (创建实例询价): calls `InquiryPriceRunInstances`.
    ///
    /// This API is used to query the price of creating instances. You can only use this API for instances whose configuration is within the purchase limit. For more information, see [RunInstances](https://intl.cloud.tencent.com/document/api/213/15730?from_cn_redirect=1).
    ///
    /// 本接口(InquiryPriceRunInstances)用于创建实例询价。本接口仅允许针对购买限制范围内的实例配置进行询价, 详见：[创建实例](https://cloud.tencent.com/document/api/213/15730)。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_run_instances<'a>(
        &'a self,
        request: &'a super::InquiryPriceRunInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRunInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 退还实例询价: calls `InquiryPriceTerminateInstances`.
    ///
    /// 本接口 (InquiryPriceTerminateInstances) 用于退还实例询价。
    ///
    /// * 查询退还实例可以返还的费用。
    ///
    /// * 在退还包年包月实例时，使用ReleasePrepaidDataDisks参数，会在返回值中包含退还挂载的包年包月数据盘返还的费用。
    ///
    /// * 支持批量操作，每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_terminate_instances<'a>(
        &'a self,
        request: &'a super::InquiryPriceTerminateInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceTerminateInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the CHC host attributes (修改CHC物理服务器的属性): calls `ModifyChcAttribute`.
    ///
    /// This API is used to modify the CHC host attributes.
    ///
    /// 修改CHC物理服务器的属性
    #[allow(deprecated)]
    #[inline]
    pub fn modify_chc_attribute<'a>(
        &'a self,
        request: &'a super::ModifyChcAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyChcAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 切换CHC服务器网络模式: calls `ModifyChcNetworkMode`.
    ///
    /// ModifyChcNetworkMode接口用于切换CHC物理服务器的网络模式，适用于客户使用自建pxe环境装机，调用此接口切换部署网络和业务网络。**调用此接口会影响到业务网络，请明确使用方法后再调用**。
    ///
    /// - 切换部署网络：传入参数NetworkMode=DEPLOY。只有当CHC服务器状态为“可生产”或“已生产”，并且配置了部署网络才可以切换，否则API直接报错。
    ///
    /// - 切换业务网络：传入参数NetworkMode=BUSINESS。只有当CHC服务器状态为“已生产”时才可以切换，否则API直接报错。
    ///
    /// 切换网络模式是一个异步操作，可以通过DescribeChcHosts轮询查询设备的NetworkMode和操作状态来判断是否切换成功
    ///
    /// - 切换部署网络：chc物理服务器如下参数值为以下值是判断切换成功：NetworkMode=DEPLOY，LatestOperation=SwitchChcDeployNetwork, LatestOperationState=SUCCESS。
    ///
    /// - 切换业务网络：chc物理服务器如下参数值为以下值是判断切换成功：NetworkMode=BUSINESS，LatestOperation=SwitchChcBusinessNetwork, LatestOperationState=SUCCESS。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_chc_network_mode<'a>(
        &'a self,
        request: &'a super::ModifyChcNetworkModeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyChcNetworkMode>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies spread placement group attributes (修改分散置放群组属性): calls `ModifyDisasterRecoverGroupAttribute`.
    ///
    /// This API is used to modify the attributes of [spread placement groups](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1).
    ///
    /// 本接口 (ModifyDisasterRecoverGroupAttribute)用于修改[分散置放群组](https://cloud.tencent.com/document/product/213/15486)属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disaster_recover_group_attribute<'a>(
        &'a self,
        request: &'a super::ModifyDisasterRecoverGroupAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDisasterRecoverGroupAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the attributes of a CDH instance (修改CDH实例的属性): calls `ModifyHostsAttribute`.
    ///
    /// This API is used to modify the attributes of a CDH instance, such as instance name and renewal flag. One of the two parameters, HostName and RenewFlag, must be set, but you cannot set both of them at the same time.
    ///
    /// 本接口（ModifyHostsAttribute）用于修改CDH实例的属性，如实例名称和续费标记等。参数HostName和RenewFlag必须设置其中一个，但不能同时设置。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_hosts_attribute<'a>(
        &'a self,
        request: &'a super::ModifyHostsAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHostsAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改高性能计算集群属性: calls `ModifyHpcClusterAttribute`.
    ///
    /// 修改高性能计算集群属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_hpc_cluster_attribute<'a>(
        &'a self,
        request: &'a super::ModifyHpcClusterAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyHpcClusterAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies image attributes (修改镜像属性): calls `ModifyImageAttribute`.
    ///
    /// This API is used to modify image attributes.
    ///
    /// * Attributes of shared images cannot be modified.
    ///
    /// 本接口（ModifyImageAttribute）用于修改镜像属性。
    ///
    /// * 已分享的镜像无法修改属性。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_image_attribute<'a>(
        &'a self,
        request: &'a super::ModifyImageAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyImageAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies image sharing information (修改镜像共享信息): calls `ModifyImageSharePermission`.
    ///
    /// This API is used to modify image sharing information.
    ///
    /// * The account with shared image access can use the image to create instances.
    ///
    /// * Each custom image can be shared with a maximum of 500 accounts.
    ///
    /// * Shared images cannot have their names or description changed. They can only be used to create instances.
    ///
    /// * Sharing is only supported within the same region as the recipient's account.
    ///
    /// 本接口（ModifyImageSharePermission）用于修改镜像共享信息。
    ///
    /// * 共享镜像后，被共享账户可以通过该镜像创建实例。
    ///
    /// * 每个自定义镜像最多可共享给500个账户。
    ///
    /// * 共享镜像无法更改名称，描述，仅可用于创建实例。
    ///
    /// * 只支持共享到对方账户相同地域。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_image_share_permission<'a>(
        &'a self,
        request: &'a super::ModifyImageSharePermissionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyImageSharePermission>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改实例的硬盘介质: calls `ModifyInstanceDiskType`.
    ///
    /// 本接口 (ModifyInstanceDiskType) 用于修改实例硬盘介质类型。
    ///
    /// * 只支持实例的本地系统盘、本地数据盘转化成指定云硬盘介质。
    ///
    /// * 只支持实例在关机状态下转换成指定云硬盘介质。
    ///
    /// * 不支持竞价实例类型。
    ///
    /// * 若实例同时存在本地系统盘和本地数据盘，需同时调整系统盘和数据盘的介质类型，不支持单独针对本地系统盘或本地数据盘修改介质类型。
    ///
    /// * 修改前请确保账户余额充足。可通过[DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instance_disk_type<'a>(
        &'a self,
        request: &'a super::ModifyInstanceDiskTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstanceDiskType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies instance attributes (修改实例的属性): calls `ModifyInstancesAttribute`.
    ///
    /// This API is used to modify instance attributes.
    ///
    /// This API is used to modify one attribute of the instance per request. The attribute must be specified.
    ///
    /// The instance name is only for user convenience in management. Tencent Cloud does not use this name as the basis for online support or to perform instance management operations.
    ///
    /// This API is used to support batch operations. The maximum of 100 batch instances per request is supported.
    ///
    /// This API is used to modify the security group association. The originally associated security group of the instance will be unbound.
    ///
    /// * You can query the result of the instance operation by calling the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). If the latest operation status (LatestOperationState) of the instance is **SUCCESS**, the operation is successful.
    ///
    /// This API is used to modify the hostname. The instance restarts immediately after hostname modification, and the new hostname takes effect after restart.
    ///
    /// 本接口 (ModifyInstancesAttribute) 用于修改实例的属性。
    ///
    /// * 每次请求必须指定实例的一种属性用于修改。
    ///
    /// * “实例名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为在线支持或是进行实例管理操作的依据。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。
    ///
    /// * 修改关联安全组时，子机原来关联的安全组会被解绑。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    ///
    /// * 修改主机名后实例会立即重启，重启后新的主机名生效。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_attribute<'a>(
        &'a self,
        request: &'a super::ModifyInstancesAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modify the instance billing mode (修改实例计费模式): calls `ModifyInstancesChargeType`.
    ///
    /// This API is used to switch the billing mode of an instance.
    ///
    /// This API is used to perform operations that do not support instances with no charge when shut down, instances of the model families Batch Compute BC1 and Batch Compute BS1, or instances of scheduled termination.
    ///
    /// * You can query the result of the instance operation by calling the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). If the latest operation status (LatestOperationState) of the instance is **SUCCESS**, the operation is successful.
    ///
    /// 本接口 (ModifyInstancesChargeType) 用于切换实例的计费模式。
    ///
    /// * 关机不收费的实例、`批量计算型BC1`和`批量计算型BS1`机型族的实例、设置定时销毁的实例不支持该操作。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_charge_type<'a>(
        &'a self,
        request: &'a super::ModifyInstancesChargeTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesChargeType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjust the distributed placement group of an instance (调整实例分散置放群组): calls `ModifyInstancesDisasterRecoverGroup`.
    ///
    /// This API is used to adjust the placement group of an instance.
    ///
    /// * Currently only basic networks or Virtual Private Cloud (VPC) instances are supported.
    ///
    /// 本接口 (ModifyInstancesDisasterRecoverGroup) 用于调整实例所在置放群组。
    ///
    /// * 目前只支持基础网络或私有网络实例。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_disaster_recover_group<'a>(
        &'a self,
        request: &'a super::ModifyInstancesDisasterRecoverGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesDisasterRecoverGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the project of an instance (修改实例所属项目): calls `ModifyInstancesProject`.
    ///
    /// This API is used to change the project to which an instance is assigned.
    ///
    /// * Project is a virtual concept. You can create multiple projects under one account, manage different resources in each project, and assign different instances to different projects. You may use the [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) API to query instances and use the project ID to filter the results.
    ///
    /// * You cannot modify the project of an instance that is bound to a load balancer. You need to unbind the load balancer from the instance by using the [DeregisterInstancesFromLoadBalancer](https://intl.cloud.tencent.com/document/api/214/1258?from_cn_redirect=1) API before using this API.
    ///
    /// * Batch operations are supported. Up to 100 instances per request is allowed.
    ///
    /// * You can use the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) to query the operation result. If the `LatestOperationState` in the response is `SUCCESS`, the operation is successful.
    ///
    /// 本接口 (ModifyInstancesProject) 用于修改实例所属项目。
    ///
    /// * 项目为一个虚拟概念，用户可以在一个账户下面建立多个项目，每个项目中管理不同的资源；将多个不同实例分属到不同项目中，后续使用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口查询实例，项目ID可用于过滤结果。
    ///
    /// * 绑定负载均衡的实例不支持修改实例所属项目，请先使用[DeregisterInstancesFromLoadBalancer](https://cloud.tencent.com/document/api/214/1258)接口解绑负载均衡。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_project<'a>(
        &'a self,
        request: &'a super::ModifyInstancesProjectRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesProject>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the renewal flag of an instance (修改实例续费标识): calls `ModifyInstancesRenewFlag`.
    ///
    /// This API is used to modify the renewal flag of monthly subscription instances.
    ///
    /// * After an instance is marked as auto-renewal, it will be automatically renewed for one month each time it expires.
    ///
    /// * Batch operations are supported. The maximum number of instances for each request is 100.* You can query the result of the instance operation by calling the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). If the latest operation status (LatestOperationState) of the instance is **SUCCESS**, the operation is successful.
    ///
    /// 本接口 (ModifyInstancesRenewFlag) 用于修改包年包月实例续费标识。
    ///
    /// * 实例被标识为自动续费后，每次在实例到期时，会自动续费一个月。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_renew_flag<'a>(
        &'a self,
        request: &'a super::ModifyInstancesRenewFlagRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesRenewFlag>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies instance VPC attributes (修改实例vpc的属性): calls `ModifyInstancesVpcAttribute`.
    ///
    /// This API is used to modify the VPC attributes of an instance, such as the VPC IP address.
    ///
    /// * This action will shut down the instance, and restart it after the modification is completed.
    ///
    /// * To migrate an instance to another VPC/subnet, specify the new VPC and subnet directly. Make sure that the instance to migrate is not bound to an [ENI](https://intl.cloud.tencent.com/document/product/576?from_cn_redirect=1) or [CLB](https://intl.cloud.tencent.com/document/product/214?from_cn_redirect=1) instances.
    ///
    /// * You can use the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) to query the operation result. If the `LatestOperationState` in the response is `SUCCESS`, the operation is successful.
    ///
    /// 本接口(ModifyInstancesVpcAttribute)用于修改实例vpc属性，如私有网络IP。
    ///
    /// * 此操作默认会关闭实例，完成后再启动。
    ///
    /// * 当指定私有网络ID和子网ID（子网必须在实例所在的可用区）与指定实例所在私有网络不一致时，会将实例迁移至指定的私有网络的子网下。执行此操作前请确保指定的实例上没有绑定[弹性网卡](https://cloud.tencent.com/document/product/215/128410)和[负载均衡](https://cloud.tencent.com/document/product/214)。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_instances_vpc_attribute<'a>(
        &'a self,
        request: &'a super::ModifyInstancesVpcAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyInstancesVpcAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies key pair attributes (修改密钥对属性): calls `ModifyKeyPairAttribute`.
    ///
    /// This API is used to modify attributes of a key pair.
    ///
    /// * Modify the name and description information of the key pair specified by the key pair ID.
    ///
    /// * The key pair name should not be the same as the name of an existing key pair.
    ///
    /// * The key pair ID is the unique identifier of a key pair and cannot be modified.
    ///
    /// * Either the key pair name or description information should be specified, and both can also be specified simultaneously.
    ///
    /// 本接口 (ModifyKeyPairAttribute) 用于修改密钥对属性。
    ///
    /// * 修改密钥对ID所指定的密钥对的名称和描述信息。
    ///
    /// * 密钥对名称不能和已经存在的密钥对的名称重复。
    ///
    /// * 密钥对ID是密钥对的唯一标识，不可修改。
    ///
    /// * 密钥对名称和描述信息必须指定其中之一，也支持同时指定。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_key_pair_attribute<'a>(
        &'a self,
        request: &'a super::ModifyKeyPairAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyKeyPairAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the default version of the instance launch template (修改实例启动模板默认版本): calls `ModifyLaunchTemplateDefaultVersion`.
    ///
    /// This API is used to modify the default version of the instance launch template.
    ///
    /// 本接口（ModifyLaunchTemplateDefaultVersion）用于修改实例启动模板默认版本。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_launch_template_default_version<'a>(
        &'a self,
        request: &'a super::ModifyLaunchTemplateDefaultVersionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyLaunchTemplateDefaultVersion>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 在线烧录FPGA镜像: calls `ProgramFpgaImage`.
    ///
    /// 本接口(ProgramFpgaImage)用于在线烧录由客户提供的FPGA镜像文件到指定实例的指定FPGA卡上。
    ///
    /// * 只支持对单个实例发起在线烧录FPGA镜像的操作。
    ///
    /// * 支持对单个实例的多块FPGA卡同时烧录FPGA镜像，DBDFs参数为空时，默认对指定实例的所有FPGA卡进行烧录。
    #[allow(deprecated)]
    #[inline]
    pub fn program_fpga_image<'a>(
        &'a self,
        request: &'a super::ProgramFpgaImageRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ProgramFpgaImage>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建实例资源池预扣包: calls `PurchaseResourcePoolPacks`.
    ///
    /// 本接口(PurchaseResourcePoolPacks)用于创建一个或多个实例资源池，每个资源池绑定一个整机或半整机规格的物理资源容量。
    ///
    /// * 实例资源池为剩余容量按量付费模式，购买前请确保账户余额充足。
    ///
    /// * 本接口为异步接口，创建请求发送成功后会返回DedicatedResourcePackIds，此时创建任务并未完成。
    #[allow(deprecated)]
    #[inline]
    pub fn purchase_resource_pool_packs<'a>(
        &'a self,
        request: &'a super::PurchaseResourcePoolPacksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::PurchaseResourcePoolPacks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Restarts instances (重启实例): calls `RebootInstances`.
    ///
    /// This API is used to restart instances.
    ///
    /// * You can only perform this operation on instances whose status is `RUNNING`.
    ///
    /// * If the API is called successfully, the instance status will become `REBOOTING`. After the instance is restarted, its status will become `RUNNING` again.
    ///
    /// * Forced restart is supported. A forced restart is similar to switching off the power of a physical computer and starting it again. It may cause data loss or file system corruption. Be sure to only force start a CVM when it cannot be restarted normally.
    ///
    /// * Batch operations are supported. The maximum number of instances in each request is 100.
    ///
    /// 本接口 (RebootInstances) 用于重启实例。
    ///
    /// * 只有状态为`RUNNING`的实例才可以进行此操作。
    ///
    /// * 接口调用成功时，实例会进入`REBOOTING`状态；重启实例成功时，实例会进入`RUNNING`状态。
    ///
    /// * 支持强制重启。强制重启的效果等同于关闭物理计算机的电源开关再重新启动。强制重启可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常重启时使用。
    ///
    /// * 支持批量操作，每次请求批量实例的上限为100。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn reboot_instances<'a>(
        &'a self,
        request: &'a super::RebootInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RebootInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Removes the out-of-band network and deployment network of a CHC host (清理CHC物理服务器的带外网络和部署网络): calls `RemoveChcAssistVpc`.
    ///
    /// This API is used to remove the out-of-band network and deployment network of a CHC host.
    ///
    /// 清理CHC物理服务器的带外网络和部署网络
    #[allow(deprecated)]
    #[inline]
    pub fn remove_chc_assist_vpc<'a>(
        &'a self,
        request: &'a super::RemoveChcAssistVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RemoveChcAssistVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Removes the deployment network of a CHC (清理CHC物理服务器的部署网络): calls `RemoveChcDeployVpc`.
    ///
    /// This API is used to remove the deployment network of a CHC host.
    ///
    /// 清理CHC物理服务器的部署网络
    #[allow(deprecated)]
    #[inline]
    pub fn remove_chc_deploy_vpc<'a>(
        &'a self,
        request: &'a super::RemoveChcDeployVpcRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RemoveChcDeployVpc>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 续费CDH实例: calls `RenewHosts`.
    ///
    /// 本接口 (RenewHosts) 用于续费包年包月CDH实例。
    ///
    /// * 只支持操作包年包月实例，否则操作会以特定错误码返回。
    ///
    /// * 续费时请确保账户余额充足。可通过[`DescribeAccountBalance`](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_hosts<'a>(
        &'a self,
        request: &'a super::RenewHostsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewHosts>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Renew an instance (续费实例): calls `RenewInstances`.
    ///
    /// This API is used to renew annual and monthly subscription instances.
    ///
    /// This API is used to operate on monthly subscription instances only.
    ///
    /// This API is used to ensure your account balance is sufficient for renewal. You can check the balance via the [DescribeAccountBalance API](https://www.tencentcloud.com/document/api/555/50284).
    ///
    /// * You can query the result of the instance operation by calling the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). If the latest operation status (LatestOperationState) of the instance is **SUCCESS**, the operation is successful.
    ///
    /// 本接口 (RenewInstances) 用于续费包年包月实例。
    ///
    /// * 只支持操作包年包月实例。
    ///
    /// * 续费时请确保账户余额充足。可通过[DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_instances<'a>(
        &'a self,
        request: &'a super::RenewInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 管理维修任务: calls `RepairTaskControl`.
    ///
    /// 本接口（RepairTaskControl）用于对待授权状态的维修任务进行授权操作。
    ///
    /// - 仅当任务状态处于`待授权`状态时，可通过此接口对待授权的维修任务进行授权。
    ///
    /// - 调用时需指定产品类型、实例ID、维修任务ID、操作类型。
    ///
    /// - 可授权立即处理，或提前预约计划维护时间之前的指定时间进行处理（预约时间需晚于当前时间至少5分钟，且在48小时之内）。
    ///
    /// - 针对不同类型的维修任务，提供的可选授权处理策略可参见 [维修任务类型与处理策略](https://cloud.tencent.com/document/product/213/67789)。
    #[allow(deprecated)]
    #[inline]
    pub fn repair_task_control<'a>(
        &'a self,
        request: &'a super::RepairTaskControlRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RepairTaskControl>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Reinstalls the OS of an instance (重装实例): calls `ResetInstance`.
    ///
    /// This API (ResetInstance) is used to reinstall the operating system on a specified instance.
    ///
    /// * If you have specified the parameter `ImageId`, use the specified image for reinstallation. Otherwise, perform reinstallation based on the image currently used by the instance.
    ///
    /// * The system disk will be formatted and reset. Ensure that there are no important files in the system disk.
    ///
    /// * If you do not specify a password, a random password will be sent via Message Center.
    ///
    /// * Currently, only instances with a [system disk type](https://intl.cloud.tencent.com/document/api/213/9452?from_cn_redirect=1#SystemDisk) of `CLOUD_BASIC`, `CLOUD_PREMIUM`, `CLOUD_SSD`, or `CLOUD_BSSD` are supported for implementing operating system switching through this API.
    ///
    /// * You can query the result of the instance operation by calling the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). If the latest operation status (LatestOperationState) of the instance is **SUCCESS**, the operation is successful.
    ///
    /// 本接口 (ResetInstance) 用于重装指定实例上的操作系统。
    ///
    /// * 如果指定了`ImageId`参数，则使用指定的镜像重装；否则按照当前实例使用的镜像进行重装。
    ///
    /// * 系统盘将会被格式化，并重置；请确保系统盘中无重要文件。
    ///
    /// * 密码不指定将会通过站内信下发随机密码。
    ///
    /// * 目前只支持[系统盘类型](https://cloud.tencent.com/document/api/213/9452#SystemDisk)是`CLOUD_BASIC`、`CLOUD_PREMIUM`、`CLOUD_SSD`、`CLOUD_BSSD`类型的实例使用该接口实现操作系统切换。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_instance<'a>(
        &'a self,
        request: &'a super::ResetInstanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetInstance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Changes the maximum public network bandwidth of an instance (调整实例带宽上限): calls `ResetInstancesInternetMaxBandwidth`.
    ///
    /// This API is used to change the public bandwidth cap of an instance.
    ///
    /// * The allowed bandwidth cap varies for different models. For details, see [Purchasing Network Bandwidth](https://intl.cloud.tencent.com/document/product/213/509?from_cn_redirect=1).
    ///
    /// * For bandwidth billed by the `TRAFFIC_POSTPAID_BY_HOUR` method, changing the bandwidth cap through this API takes effect in real time. Users can increase or reduce bandwidth within applicable limits.
    ///
    /// 本接口 (ResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限。
    ///
    /// * 不同机型带宽上限范围不一致，具体限制详见[公网带宽上限](https://cloud.tencent.com/document/product/213/12523)。
    ///
    /// * 对于 `BANDWIDTH_PREPAID` 计费方式的带宽，需要输入参数 `StartTime` 和 `EndTime` ，指定调整后的带宽的生效时间段。在这种场景下目前不支持调小带宽，会涉及扣费，请确保账户余额充足。可通过 [DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    ///
    /// * 对于 `TRAFFIC_POSTPAID_BY_HOUR` 、 `BANDWIDTH_POSTPAID_BY_HOUR` 和 `BANDWIDTH_PACKAGE` 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 `StartTime` 和 `EndTime` 。
    ///
    /// * 接口不支持调整 `BANDWIDTH_POSTPAID_BY_MONTH` 计费方式的带宽。
    ///
    /// * 接口不支持批量调整 `BANDWIDTH_PREPAID` 和 `BANDWIDTH_POSTPAID_BY_HOUR` 计费方式的带宽。
    ///
    /// * 接口不支持批量调整混合计费方式的带宽。例如不支持同时调整 `TRAFFIC_POSTPAID_BY_HOUR` 和 `BANDWIDTH_PACKAGE` 计费方式的带宽。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_instances_internet_max_bandwidth<'a>(
        &'a self,
        request: &'a super::ResetInstancesInternetMaxBandwidthRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetInstancesInternetMaxBandwidth>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Resets instance passwords (重置实例密码): calls `ResetInstancesPassword`.
    ///
    /// This API is used to reset the password of the operating system instances to a user-specified password.
    ///
    /// * To modify the password of the administrator account: the name of the administrator account varies with the operating system. In Windows, it is `Administrator`; in Ubuntu, it is `ubuntu`; in Linux, it is `root`.
    ///
    /// * To reset the password of a running instance, you need to set the parameter `ForceStop` to `True` for a forced shutdown. If not, only passwords of stopped instances can be reset.
    ///
    /// * Batch operations are supported. You can reset the passwords of up to 100 instances to the same value once.
    ///
    /// * You can call the [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) API and find the result of the operation in the response parameter `LatestOperationState`. If the value is `SUCCESS`, the operation is successful.
    ///
    /// 本接口 (ResetInstancesPassword) 用于将实例操作系统的密码重置为用户指定的密码。
    ///
    /// *如果是修改系统管理员密码：实例的操作系统不同，管理员账号也会不一样(`Windows`为`Administrator`，`Ubuntu`为`ubuntu`，其它系统为`root`)。
    ///
    /// * 重置处于运行中状态的实例密码，需要设置关机参数`ForceStop`为`TRUE`。如果没有显式指定强制关机参数，则只有处于关机状态的实例才允许执行重置密码操作。
    ///
    /// * 支持批量操作。将多个实例操作系统的密码重置为相同的密码。每次请求批量实例的上限为100。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_instances_password<'a>(
        &'a self,
        request: &'a super::ResetInstancesPasswordRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetInstancesPassword>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Changes the model of an instance (调整实例配置): calls `ResetInstancesType`.
    ///
    /// This API is used to change the model of an instance.
    ///
    /// * You can only use this API to change the models of instances whose [system disk type](https://www.tencentcloud.com/zh/document/product/213/15753) is `CLOUD_BASIC`, `CLOUD_PREMIUM`, or `CLOUD_SSD`.
    ///
    /// * Currently, you cannot use this API to change the models of [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances.
    ///
    /// 本接口 (ResetInstancesType) 用于调整实例的机型。
    ///
    /// * 目前只支持[系统盘类型](https://cloud.tencent.com/document/api/213/9452#block_device)是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例使用该接口进行机型调整。
    ///
    /// * 目前不支持[CDH](https://cloud.tencent.com/document/product/416)实例使用该接口调整机型。对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过[DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    ///
    /// * 本接口为异步接口，调整实例配置请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表调整实例配置操作成功。完成实例配置调整后，实例将自动显示为运行中，无需手动进行开机。
    #[allow(deprecated)]
    #[inline]
    pub fn reset_instances_type<'a>(
        &'a self,
        request: &'a super::ResetInstancesTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResetInstancesType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Expands the disk capacity of an instance (扩容实例磁盘): calls `ResizeInstanceDisks`.
    ///
    /// This API (ResizeInstanceDisks) is used to expand the data disks of an instance.
    ///
    /// * Currently, you can only use the API to expand non-elastic data disks whose [disk type](https://www.tencentcloud.com/document/product/213/15753) is `CLOUD_BASIC`, `CLOUD_PREMIUM`, or `CLOUD_SSD`. You can use [`DescribeDisks`](https://www.tencentcloud.com/document/api/362/16315) to check whether a disk is elastic. If the `Portable` field in the response is `false`, it means that the disk is non-elastic.
    ///
    /// * Currently, this API does not support [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances.
    ///
    /// * Currently, only one data disk can be expanded at a time.
    ///
    /// 本接口 (ResizeInstanceDisks) 用于扩容实例的磁盘。
    ///
    /// * 目前只支持扩容非弹性盘（[DescribeDisks](https://cloud.tencent.com/document/api/362/16315)接口返回值中的`Portable`为`false`表示非弹性）。
    ///
    /// * 对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过[DescribeAccountBalance](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
    ///
    /// * 目前只支持扩容一块数据盘。
    ///
    /// * 默认扩容方式为关机后扩容。
    ///
    /// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
    ///
    /// * 如果是系统盘，目前只支持扩容，不支持缩容。
    ///
    /// *  如果是运行中的实例，必须指定ForceStop或ResizeOnline任意一个参数为true，否则操作失败。
    #[allow(deprecated)]
    #[inline]
    pub fn resize_instance_disks<'a>(
        &'a self,
        request: &'a super::ResizeInstanceDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResizeInstanceDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates instances (创建实例): calls `RunInstances`.
    ///
    /// This API is used to create one or more instances with a specified configuration.
    ///
    /// * After an instance is created successfully, it will start up automatically, and the [instance status](https://www.tencentcloud.com/document/product/213/15753#InstanceStatus) will become "Running".
    ///
    /// * If you create a pay-as-you-go instance billed on an hourly basis, an amount equivalent to the hourly rate will be frozen. Make sure your account balance is sufficient before calling this API.
    ///
    /// * The number of instances you can purchase through this API is subject to the [Quota for CVM Instances](https://www.tencentcloud.com/document/product/213/2664). Instances created through this API and in the CVM console are counted toward the quota.
    ///
    /// * This API is an async API. An instance ID list is returned after the creation request is sent. However, it does not mean the creation has been completed. The status of the instance will be `Creating` during the creation. You can use [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) to query the status of the instance. If the status changes from `Creating` to `Running`, it means that the instance has been created successfully.
    ///
    /// 本接口 (RunInstances) 用于创建一个或多个指定配置的实例。
    ///
    /// * 实例创建成功后将自动开机启动，[实例状态](https://cloud.tencent.com/document/product/213/15753#InstanceStatus)变为“运行中”。
    ///
    /// * 预付费实例的购买会预先扣除本次实例购买所需金额，按小时后付费实例购买会预先冻结本次实例购买一小时内所需金额，在调用本接口前请确保账户余额充足。
    ///
    /// * 调用本接口创建实例，支持代金券自动抵扣（注意，代金券不可用于抵扣后付费冻结金额），详情请参考[代金券选用规则](https://cloud.tencent.com/document/product/555/7428)。
    ///
    /// * 本接口允许购买的实例数量遵循[CVM实例购买限制](https://cloud.tencent.com/document/product/213/2664)，所创建的实例和官网入口创建的实例共用配额。
    ///
    /// * 本接口为异步接口，当创建实例请求下发成功后会返回一个实例`ID`列表和一个`RequestId`，此时创建实例操作并未立即完成。在此期间实例的状态将会处于“PENDING”，实例创建结果可以通过调用 [DescribeInstancesStatus](https://cloud.tencent.com/document/product/213/15738)  接口查询，如果实例状态(InstanceState)由“PENDING(创建中)”变为“RUNNING(运行中)”，则代表实例创建成功，“LAUNCH_FAILED”代表实例创建失败。
    #[allow(deprecated)]
    #[inline]
    pub fn run_instances<'a>(
        &'a self,
        request: &'a super::RunInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RunInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Starts instances (启动实例): calls `StartInstances`.
    ///
    /// This API is used to start instances.
    ///
    /// * You can only perform this operation on instances whose status is `STOPPED`.
    ///
    /// * The instance status will become `STARTING` when the API is called successfully and `RUNNING` when the instance is successfully started.
    ///
    /// * Batch operations are supported. The maximum number of instances in each request is 100.
    ///
    /// 本接口 (StartInstances) 用于启动一个或多个实例。
    ///
    /// * 只有状态为`STOPPED`的实例才可以进行此操作。
    ///
    /// * 接口调用成功时，实例会进入`STARTING`状态；启动实例成功时，实例会进入`RUNNING`状态。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。
    ///
    /// * 本接口为异步接口，启动实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表启动实例操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn start_instances<'a>(
        &'a self,
        request: &'a super::StartInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::StartInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Shuts down instances (关闭实例): calls `StopInstances`.
    ///
    /// This API is used to shut down instances.
    ///
    /// * You can only perform this operation on instances whose status is `RUNNING`.
    ///
    /// * The instance status will become `STOPPING` when the API is called successfully and `STOPPED` when the instance is successfully shut down.
    ///
    /// * Forced shutdown is supported. A forced shutdown is similar to switching off the power of a physical computer. It may cause data loss or file system corruption. Be sure to only force shut down a CVM when it cannot be sht down normally.
    ///
    /// * Batch operations are supported. The maximum number of instances in each request is 100.
    ///
    /// 本接口 (StopInstances) 用于关闭一个或多个实例。
    ///
    /// * 只有状态为`RUNNING`的实例才可以进行此操作。
    ///
    /// * 接口调用成功时，实例会进入`STOPPING`状态；关闭实例成功时，实例会进入`STOPPED`状态。
    ///
    /// * 支持强制关闭。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
    ///
    /// * 支持批量操作。每次请求批量实例的上限为100。
    ///
    /// * 本接口为异步接口，关闭实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表关闭实例操作成功。
    #[allow(deprecated)]
    #[inline]
    pub fn stop_instances<'a>(
        &'a self,
        request: &'a super::StopInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::StopInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Syncs an image (同步镜像): calls `SyncImages`.
    ///
    /// This API is used to synchronize custom images to other regions.
    ///
    /// * This API only supports synchronizing one image per call.
    ///
    /// * This API supports multiple synchronization regions.
    ///
    /// * A single account can have a maximum of 500 custom images in each region.
    ///
    /// 本接口（SyncImages）用于将自定义镜像同步到其它地区。
    ///
    /// * 该接口每次调用只支持同步一个镜像。
    ///
    /// * 该接口支持自定义镜像向多个地域同步。
    ///
    /// * 共享镜像仅支持同步为源地域（单个）的自定义镜像。
    ///
    /// * 自定义镜像仅支持同步为源地域（单个）的加密自定义镜像。
    ///
    /// * 单个账号在每个地域最多支持存在500个自定义镜像。
    #[allow(deprecated)]
    #[inline]
    pub fn sync_images<'a>(
        &'a self,
        request: &'a super::SyncImagesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::SyncImages>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Returns instances (退还实例): calls `TerminateInstances`.
    ///
    /// This API is used to return instances.
    ///
    /// * Use this API to return instances that are no longer required.
    ///
    /// * Pay-as-you-go instances can be returned directly through this API.
    ///
    /// * Batch operations are supported. The allowed maximum number of instances in each request is 100.
    ///
    /// 本接口 (TerminateInstances) 用于主动退还实例。
    ///
    /// * 不再使用的实例，可通过本接口主动退还。
    ///
    /// * 按量计费的实例通过本接口可直接退还；包年包月实例如符合[退还规则](https://cloud.tencent.com/document/product/213/9711)，也可通过本接口主动退还。
    ///
    /// * 包年包月实例首次调用本接口，实例将被移至回收站，再次调用本接口，实例将被销毁，且不可恢复。按量计费实例调用本接口将被直接销毁。
    ///
    /// * 包年包月实例首次调用本接口，入参中包含ReleasePrepaidDataDisks时，包年包月数据盘同时也会被移至回收站。
    ///
    /// * 支持批量操作，每次请求批量实例的上限为100。
    ///
    /// * 批量操作时，所有实例的付费类型必须一致。
    #[allow(deprecated)]
    #[inline]
    pub fn terminate_instances<'a>(
        &'a self,
        request: &'a super::TerminateInstancesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::TerminateInstances>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 销毁实例资源池预扣包: calls `TerminateResourcePoolPacks`.
    ///
    /// 本接口(TerminateResourcePoolPacks)用于销毁指定的实例资源池。
    ///
    /// * 销毁资源池不会销毁池内已创建的实例。
    ///
    /// * 池内实例会从专属资源池解绑，转移至公共资源池，继续按原生命周期运行。
    ///
    /// * 转移后无法再查询底层物理拓扑信息。
    ///
    /// * 释放底层物理资源并删除资源池记录。
    #[allow(deprecated)]
    #[inline]
    pub fn terminate_resource_pool_packs<'a>(
        &'a self,
        request: &'a super::TerminateResourcePoolPacksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::TerminateResourcePoolPacks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }
}
