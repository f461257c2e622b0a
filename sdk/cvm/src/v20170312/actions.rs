//! Each action's response struct, with the types the attribute derives from it.

use super::model::*;

/// Creates CDH instances (创建CDH实例): the response of `AllocateHosts`.
///
/// This API is used to create CDH instances with specified configuration.
///
/// 本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。
///
/// * 当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "AllocateHosts",
    errors(
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidRegion.NotFound" = "未找到该区域。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance" = "指定的实例类型在选择的可用区已售罄。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateHosts {
    /// IDs of created instances
    ///
    /// 新创建云子机的实例ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub host_id_set: Option<Vec<String>>,
}

/// Associates a key with an instance (绑定密钥对): the response of `AssociateInstancesKeyPairs`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "AssociateInstancesKeyPairs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidKeyPairId.NotFound" = "无效密钥对ID。指定的密钥对ID不存在。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.KeyPairNotSupported" = "指定的密钥不支持当前操作。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceOsWindows" = "请求不支持操作系统为`Xserver windows2012cndatacenterx86_64`的实例`ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateInstancesKeyPairs;

/// Associates security groups with instances (绑定安全组): the response of `AssociateSecurityGroups`.
///
/// This API is used to associate security groups with specified instances.
///
/// 本接口 (AssociateSecurityGroups) 用于绑定安全组到指定实例。
///
/// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
///
/// 多个安全组绑定至实例后，将以绑定顺序作为优先级顺序依次匹配执行。如需调整安全组优先级，请参见 [调整安全组优先级](https://cloud.tencent.com/document/product/213/42842)。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "AssociateSecurityGroups",
    errors(
        "FailedOperation.SecurityGroupActionFailed" = "安全组操作失败。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidSgId.Malformed" = "指定的`安全组ID`格式错误，例如`实例ID`长度错误`sg-ide32`。",
        "LimitExceeded.AssociateUSGLimitExceeded" = "一个实例绑定安全组数量不能超过5个",
        "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" = "安全组关联云主机弹性网卡配额超限。",
        "LimitExceeded.SingleUSGQuota" = "安全组限额不足",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "SecGroupActionFailure" = "安全组服务接口调用通用错误。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateSecurityGroups;

/// Configures the out-of-band network and deployment network of a CHC (配置CHC物理服务器的带外和部署网络): the response of `ConfigureChcAssistVpc`.
///
/// This API is used to configure the out-of-band network and deployment network of a CHC host.
///
/// 配置CHC物理服务器的带外和部署网络。传入带外网络和部署网络信息
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ConfigureChcAssistVpc",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidParameterValue.AmountNotEqual" = "入参数目不相等。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IPAddressMalformed" = "IP格式非法。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "LimitExceeded.VpcSubnetNum" = "子网IP不足",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigureChcAssistVpc;

/// Configures the deployment network of a CHC host (配置CHC物理服务器部署网络): the response of `ConfigureChcDeployVpc`.
///
/// This API is used to configure the deployment network of a CHC host.
///
/// 配置CHC物理服务器部署网络
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ConfigureChcDeployVpc",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidParameterValue.AmountNotEqual" = "入参数目不相等。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.DeployVpcAlreadyExists" = "已经存在部署VPC。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigureChcDeployVpc;

/// Switches an operating system (转换操作系统): the response of `ConvertOperatingSystems`.
///
/// This API is used to switch the operating system of an instance with CentOS 7 or CentOS 8 as the source operating system.
///
/// 本接口(ConvertOperatingSystems)用于转换实例的操作系统，仅支持源操作系统为 CentOS 7、CentOS 8 的实例。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ConvertOperatingSystems",
    errors(
        "FailedOperation.GetInstanceTATAgentStatusFailed" = "获取实例的自动化助手状态失败",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameter.AutoSnapshotNotSupported" = "不支持自动制作快照。",
        "InvalidParameter.InvalidTargetOSType" = "输入的 TargetOSType 非法",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "UnsupportedOperation.InstanceOsConvertOsNotSupport" = "指定实例不支持操作系统转换。",
        "UnsupportedOperation.InstanceOsWindows" = "请求不支持操作系统为`Xserver windows2012cndatacenterx86_64`的实例`ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateNotRunning" = "指定操作不支持非运行中状态的实例。",
        "UnsupportedOperation.MarketImageConvertOSUnsupported" = "市场镜像实例不支持操作系统转换",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.TatAgentNotOnline" = "自动化助手不在线情况下，不支持该操作。",
        "UnsupportedOperation.UserConvertOsNotSupport" = "指定用户不支持执行操作系统转换。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ConvertOperatingSystems {
    /// Information about the target operating system, which is returned only when the input parameter DryRun is true.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 转换的目标操作系统信息，仅在入参 DryRun 为 true 时返回。
    #[serde(
        rename = "SupportTargetOSList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_target_os_list: Option<Vec<TargetOS>>,
    /// Task ID for operating system switching.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 操作系统转换的任务 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Creates a spread placement group (创建分散置放群组): the response of `CreateDisasterRecoverGroup`.
///
/// This API is used to create a [spread placement group](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1). After you create one, you can specify it for an instance when you [create the instance](https://intl.cloud.tencent.com/document/api/213/15730?from_cn_redirect=1),
///
/// 本接口 (CreateDisasterRecoverGroup)用于创建[分散置放群组](https://cloud.tencent.com/document/product/213/15486)。创建好的置放群组，可在[创建实例](https://cloud.tencent.com/document/api/213/15730)时指定。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateDisasterRecoverGroup",
    errors(
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceInsufficient.InsufficientGroupQuota" = "安全组资源配额不足。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDisasterRecoverGroup {
    /// List of spread placement group IDs.
    ///
    /// 分散置放群组ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disaster_recover_group_id: Option<String>,
    /// Type of a spread placement group. Valid values:
    ///
    /// - HOST: physical machine.
    ///
    /// - SW: switch.
    ///
    /// - RACK: rack.
    ///
    /// 分散置放群组类型，取值范围：
    ///
    /// - HOST：物理机
    ///
    /// - SW：交换机
    ///
    /// - RACK：机架
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
    /// Name of the spread placement group. The name must be 1-60 characters long and can contain both Chinese characters and English letters.
    ///
    /// 分散置放群组名称，长度1-60个字符，支持中、英文。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// The maximum number of CVMs in a placement group.
    ///
    /// 置放群组内可容纳的云服务器数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm_quota_total: Option<i64>,
    /// The current number of CVMs in a placement group.
    ///
    /// 置放群组内已有的云服务器数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub current_num: Option<i64>,
    /// Creation time of the placement group.
    ///
    /// 分散置放群组创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 置放群组类型，当前支持两种，分散置放群组和分区置放群组(功能灰度中)，取值范围：PARTITION：分区置放群组，SPREAD：分散置放群组，默认是分散置放群组。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub strategy: Option<String>,
    /// 分区置放群组的分区数量，取值范围：2-30，当置放群组类型是分区置放群组时，才有该值(分区置放群组功能灰度中)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub partition_count: Option<i64>,
}

/// 创建高性能计算集群: the response of `CreateHpcCluster`.
///
/// 创建高性能计算集群
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateHpcCluster",
    errors(
        "InvalidParameterValue.HpcClusterBusinessIdNotSupported" = "非CDC场景不支持HpcClusterBusinessId。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.HpcClusterQuota" = "已达创建高性能计算集群数的上限。",
        "UnsupportedOperation.InsufficientClusterQuota" = "用户创建高性能集群配额已达上限。",
        "UnsupportedOperation.InvalidZone" = "该可用区不可售卖。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHpcCluster {
    /// 高性能计算集群信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hpc_cluster_set: Option<Vec<HpcClusterInfo>>,
}

/// Creates an image (创建镜像): the response of `CreateImage`.
///
/// This API is used to create a new image with the system disk of an instance. The image can be used to create new instances.
///
/// 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateImage",
    errors(
        "ImageQuotaLimitExceeded" = "镜像配额超过了限制。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidImageName.Duplicate" = "镜像名称与原有镜像重复。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameter.DataDiskIdContainsRootDisk" = "DataDiskIds不应该传入RootDisk的Id。",
        "InvalidParameter.DataDiskNotBelongSpecifiedInstance" = "指定的数据盘不属于指定的实例。",
        "InvalidParameter.DuplicateSystemSnapshots" = "只能包含一个系统盘快照。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InvalidDependence" = "参数依赖不正确。",
        "InvalidParameter.LocalDataDiskNotSupport" = "本地数据盘不支持创建实例镜像。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameter.SpecifyOneParameter" = "多选一必选参数缺失。",
        "InvalidParameter.SwapDiskNotSupport" = "不支持Swap盘。",
        "InvalidParameter.SystemSnapshotNotFound" = "参数不包含系统盘快照。",
        "InvalidParameter.ValueTooLarge" = "参数长度超过限制。",
        "InvalidParameterConflict" = "指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageFamily" = "错误格式的镜像族名称",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.PreheatNotSupportedInstanceType" = "该机型不支持预热",
        "InvalidParameterValue.PreheatNotSupportedZone" = "该可用区目前不支持预热功能",
        "InvalidParameterValue.PreheatUnavailableZones" = "预热地域不可用，请检查预热地域是否正确。",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.TagQuotaLimitExceeded" = "标签配额超限。",
        "InvalidParameterValue.TooLarge" = "参数值超过最大限制。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.PreheatImageSnapshotOutOfQuota" = "您在该可用区的预热额度已达上限，建议取消不再使用的快照预热",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInUse.DiskRollbacking" = "磁盘回滚正在执行中，请稍后再试。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceUnavailable.SnapshotCreating" = "快照正在创建过程中。",
        "UnsupportedOperation.EncryptedImagesNotSupported" = "不支持加密镜像。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InvalidDiskFastRollback" = "不支持极速回滚。",
        "UnsupportedOperation.NotSupportInstanceImage" = "操作不支持当前实例",
        "UnsupportedOperation.PreheatImage" = "您的账户不支持镜像预热",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateImage {
    /// Image ID.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 镜像ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_id: Option<String>,
}

/// Creates a key pair (创建密钥对): the response of `CreateKeyPair`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateKeyPair",
    errors(
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InternalServerError" = "操作内部错误。",
        "InvalidKeyPair.LimitExceeded" = "密钥对数量超过限制。",
        "InvalidKeyPairName.Duplicate" = "密钥对名称重复。",
        "InvalidKeyPairNameEmpty" = "密钥名称为空。",
        "InvalidKeyPairNameIncludeIllegalChar" = "密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。",
        "InvalidKeyPairNameTooLong" = "密钥名称超过25个字符。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "LimitExceeded.TagResourceQuota" = "标签绑定的资源数量已达到配额限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateKeyPair {
    /// Key pair information.
    ///
    /// 密钥对信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<KeyPair>,
}

/// Create an instance launch template (创建实例启动模板): the response of `CreateLaunchTemplate`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateLaunchTemplate",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.NoAvailableIpAddressCountInSubnet" = "子网可用IP已耗尽。",
        "FailedOperation.SecurityGroupActionFailed" = "安全组操作失败。",
        "FailedOperation.SnapshotSizeLargerThanDataSize" = "快照容量大于磁盘大小，请选用更大的磁盘空间。",
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InstancesQuotaLimitExceeded" = "表示当前创建的实例个数超过了该账户允许购买的剩余配额数。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidClientToken.TooLong" = "指定的ClientToken字符串长度超出限制，必须小于等于64字节。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstanceName.TooLong" = "指定的InstanceName字符串长度超出限制，必须小于等于60字节。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InternetAccessibleNotSupported" = "不支持设置公网带宽相关信息。",
        "InvalidParameter.InvalidIpFormat" = "指定的私有网络ip格式不正确。",
        "InvalidParameter.LackCoreCountOrThreadPerCore" = "CoreCount和ThreadPerCore必须同时提供。",
        "InvalidParameter.PasswordNotSupported" = "不支持设置登录密码。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" = "SSD云硬盘为数据盘时，购买大小不得小于100GB",
        "InvalidParameterValue.CoreCountValue" = "核心计数不合法。",
        "InvalidParameterValue.IllegalHostName" = "HostName参数值不合法",
        "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" = "实例类型不可加入高性能计算集群。",
        "InvalidParameterValue.InstanceTypeRequiredHpcCluster" = "高性能计算实例需指定对应的高性能计算集群。",
        "InvalidParameterValue.InsufficientOffering" = "竞价数量不足。",
        "InvalidParameterValue.InsufficientPrice" = "竞价失败。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageForGivenInstanceType" = "镜像ID不支持指定的实例机型。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidIpFormat" = "IP地址不符合规范",
        "InvalidParameterValue.InvalidLaunchTemplateDescription" = "实例启动模板描述格式错误。",
        "InvalidParameterValue.InvalidLaunchTemplateName" = "实例启动模板名称格式错误。",
        "InvalidParameterValue.InvalidLaunchTemplateVersionDescription" = "实例启动模板描述格式错误。",
        "InvalidParameterValue.InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.SnapshotIdMalformed" = "快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.SubnetNotExist" = "创建失败，您指定的子网不存在，请您重新指定",
        "InvalidParameterValue.ThreadPerCoreValue" = "每核心线程数不合法。",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.VpcIdNotExist" = "指定的VpcId不存在。",
        "InvalidParameterValue.VpcIdZoneIdNotMatch" = "VPC网络与实例不在同一可用区",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.InstanceQuota" = "当前配额不足够生产指定数量的实例",
        "LimitExceeded.LaunchTemplateQuota" = "实例启动模板数量超限。",
        "LimitExceeded.SingleUSGQuota" = "安全组限额不足",
        "LimitExceeded.SpotQuota" = "竞价实例类型配额不足",
        "LimitExceeded.UserSpotQuota" = "竞价实例配额不足",
        "LimitExceeded.VpcSubnetNum" = "子网IP不足",
        "MissingParameter.DPDKInstanceTypeRequiredVPC" = "DPDK实例机型要求VPC网络",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "ResourceInsufficient.AvailabilityZoneSoldOut" = "该可用区已售罄",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。",
        "ResourceNotFound.KeyPairNotFound" = "指定密钥对不存在。",
        "ResourceNotFound.NoDefaultCbs" = "无可用的缺省类型的CBS资源。",
        "ResourceNotFound.NoDefaultCbsWithReason" = "无可用的缺省类型的CBS资源。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.EipInsufficient" = "公网IP已售罄。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" = "实例类型不支持设置`EnableJumboFrame` 状态",
        "UnsupportedOperation.InvalidDisk" = "不支持指定的磁盘",
        "UnsupportedOperation.KeyPairUnsupportedWindows" = "密钥不支持Windows操作系统",
        "UnsupportedOperation.NoInstanceTypeSupportSpot" = "该实例类型不支持竞价计费",
        "UnsupportedOperation.NotSupportImportInstancesActionTimer" = "针对当前实例设置定时任务失败。",
        "UnsupportedOperation.OnlyForPrepaidAccount" = "该操作仅支持预付费账户",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLaunchTemplate {
    /// Specifies the ID of the successfully created instance launch template when this parameter is returned by creating an instance launch template through this interface.
    ///
    /// 当通过本接口来创建实例启动模板时会返回该参数，表示创建成功的实例启动模板`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub launch_template_id: Option<String>,
}

/// Creating a instance launch template version (创建实例启动模板新版本): the response of `CreateLaunchTemplateVersion`.
///
/// This API is used to create an instance launch template based on the specified template ID and the corresponding template version number. The default version number will be used when no template version numbers are specified. Each instance launch template can have up to 30 version numbers.
///
/// 本接口（CreateLaunchTemplateVersion）根据指定的实例模板ID以及对应的模板版本号创建新的实例启动模板，若未指定模板版本号则使用默认版本号。每个实例启动模板最多创建30个版本。
///
/// * 新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "CreateLaunchTemplateVersion",
    errors(
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidClientToken.TooLong" = "指定的ClientToken字符串长度超出限制，必须小于等于64字节。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstanceName.TooLong" = "指定的InstanceName字符串长度超出限制，必须小于等于60字节。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InvalidIpFormat" = "指定的私有网络ip格式不正确。",
        "InvalidParameter.PasswordNotSupported" = "不支持设置登录密码。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" = "SSD云硬盘为数据盘时，购买大小不得小于100GB",
        "InvalidParameterValue.IllegalHostName" = "HostName参数值不合法",
        "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" = "实例类型不可加入高性能计算集群。",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidIpFormat" = "IP地址不符合规范",
        "InvalidParameterValue.InvalidLaunchTemplateVersionDescription" = "实例启动模板描述格式错误。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted" = "实例启动模板和版本ID组合不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.SnapshotIdMalformed" = "快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.SubnetNotExist" = "创建失败，您指定的子网不存在，请您重新指定",
        "InvalidParameterValue.ThreadPerCoreValue" = "每核心线程数不合法。",
        "InvalidParameterValue.VpcIdZoneIdNotMatch" = "VPC网络与实例不在同一可用区",
        "InvalidParameterValue.VpcNotSupportIpv6Address" = "该VPC不支持ipv6。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.InstanceQuota" = "当前配额不足够生产指定数量的实例",
        "LimitExceeded.LaunchTemplateQuota" = "实例启动模板数量超限。",
        "LimitExceeded.LaunchTemplateVersionQuota" = "实例启动模板版本数量超限。",
        "LimitExceeded.SingleUSGQuota" = "安全组限额不足",
        "LimitExceeded.SpotQuota" = "竞价实例类型配额不足",
        "LimitExceeded.UserSpotQuota" = "竞价实例配额不足",
        "LimitExceeded.VpcSubnetNum" = "子网IP不足",
        "MissingParameter.DPDKInstanceTypeRequiredVPC" = "DPDK实例机型要求VPC网络",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。",
        "ResourceNotFound.KeyPairNotFound" = "指定密钥对不存在。",
        "ResourceNotFound.NoDefaultCbs" = "无可用的缺省类型的CBS资源。",
        "ResourceNotFound.NoDefaultCbsWithReason" = "无可用的缺省类型的CBS资源。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.EipInsufficient" = "公网IP已售罄。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" = "实例类型不支持设置`EnableJumboFrame` 状态",
        "UnsupportedOperation.InvalidDisk" = "不支持指定的磁盘",
        "UnsupportedOperation.KeyPairUnsupportedWindows" = "密钥不支持Windows操作系统",
        "UnsupportedOperation.NoInstanceTypeSupportSpot" = "该实例类型不支持竞价计费",
        "UnsupportedOperation.OnlyForPrepaidAccount" = "该操作仅支持预付费账户",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLaunchTemplateVersion {
    /// Version number of the new instance launch template.
    ///
    /// 新创建的实例启动模板版本号。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub launch_template_version_number: Option<i64>,
}

/// Deletes a spread placement group (删除分散置放群组): the response of `DeleteDisasterRecoverGroups`.
///
/// This API is used to delete a [spread placement group](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1). Only empty placement groups can be deleted. To delete a non-empty group, you need to terminate all the CVM instances in it first. Otherwise, the deletion will fail.
///
/// 本接口 (DeleteDisasterRecoverGroups)用于删除[分散置放群组](https://cloud.tencent.com/document/product/213/15486)。只有空的置放群组才能被删除，非空的群组需要先销毁组内所有云服务器，才能执行删除操作，不然会产生删除置放群组失败的错误。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteDisasterRecoverGroups",
    errors(
        "FailedOperation.PlacementSetNotEmpty" = "指定的置放群组非空。",
        "InvalidParameterValue.DisasterRecoverGroupIdMalformed" = "置放群组ID格式错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceNotFound.InvalidPlacementSet" = "指定的置放群组不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDisasterRecoverGroups;

/// 删除高性能计算集群: the response of `DeleteHpcClusters`.
///
/// 当高性能计算集群为空, 即集群内没有任何设备时候, 可以删除该集群。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteHpcClusters",
    errors(
        "ResourceInUse.HpcCluster" = "高性能计算集群使用中。",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHpcClusters;

/// Deletes images (删除镜像): the response of `DeleteImages`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteImages",
    errors(
        "InvalidImageId.InShared" = "镜像处于共享中。",
        "InvalidImageId.IncorrectState" = "镜像状态不合法。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageIdIsShared" = "指定的镜像ID为共享镜像。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteImages;

/// 删除定时任务: the response of `DeleteInstancesActionTimer`.
///
/// 本接口 (DeleteInstancesActionTimer) 用于删除定时任务。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteInstancesActionTimer",
    errors("InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteInstancesActionTimer;

/// Batch remove CVM instances from the specified instance placement groups (将云服务器实例从指定的置放群组中批量移除): the response of `DeleteInstancesDisasterRecoverGroups`.
///
/// This API is used to batch remove CVM instances from specified placement groups.
///
/// 本接口 (DeleteInstancesDisasterRecoverGroups) 用于将云服务器实例从指定的置放群组中批量移除。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteInstancesDisasterRecoverGroups",
    errors(
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "FailedOperation.DisasterRecoverGroupNotMatch" = "实例置放群组信息不匹配，操作失败。",
        "InvalidParameterValue.DisasterRecoverGroupIdMalformed" = "置放群组ID格式错误。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "ResourceNotFound.InvalidInstanceIdNotFound" = "实例ID未找到。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteInstancesDisasterRecoverGroups;

/// Deletes key pairs (删除密钥对): the response of `DeleteKeyPairs`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteKeyPairs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidKeyPair.LimitExceeded" = "密钥对数量超过限制。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidKeyPairId.NotFound" = "无效密钥对ID。指定的密钥对ID不存在。",
        "InvalidParameterValue.KeyPairNotSupported" = "指定的密钥不支持当前操作。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteKeyPairs;

/// Deleting an instance launch template (删除实例启动模板): the response of `DeleteLaunchTemplate`.
///
/// This API is used to delete an instance launch template.
///
/// 本接口（DeleteLaunchTemplate）用于删除一个实例启动模板。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteLaunchTemplate",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLaunchTemplate;

/// Deletes one or more instance launch template versions (删除实例启动模板版本): the response of `DeleteLaunchTemplateVersions`.
///
/// This API is used to delete one or more instance launch template versions.
///
/// 本接口（DeleteLaunchTemplateVersions）用于删除一个或者多个实例启动模板版本。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DeleteLaunchTemplateVersions",
    errors(
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.LaunchTemplateDefaultVersion" = "不支持删除默认启动模板版本。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted" = "实例启动模板和版本ID组合不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLaunchTemplateVersions;

/// 查询用户配额详情: the response of `DescribeAccountQuota`.
///
/// 本接口(DescribeAccountQuota)用于查询用户配额详情。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeAccountQuota",
    errors(
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAccountQuota {
    /// 用户appid
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub app_id: Option<u64>,
    /// 配额数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_quota_overview: Option<AccountQuotaOverview>,
}

/// Queries the actions not allowed for the specified CHC instances (查询CHC物理服务器禁止做的操作): the response of `DescribeChcDeniedActions`.
///
/// This API is used to query the actions not allowed for the specified CHC instances.
///
/// 查询CHC物理服务器禁止做的操作，返回给用户
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeChcDeniedActions",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeChcDeniedActions {
    /// Actions not allowed for the CHC instance
    ///
    /// CHC实例禁止操作信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chc_host_denied_action_set: Option<Vec<ChcHostDeniedActions>>,
}

/// Queries the details of CHC hosts (查询CHC物理服务器): the response of `DescribeChcHosts`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeChcHosts",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidParameter.AtMostOne" = "最多指定一个参数。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.NotEmpty" = "输入参数值不能为空。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValueLimit" = "参数值数量超过限制。",
        "InvalidParameterValueOffset" = "无效参数值。指定的 `Offset` 无效。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeChcHosts {
    /// Number of eligible instances
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// List of returned instances
    ///
    /// 返回的实例列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chc_host_set: Option<Vec<ChcHost>>,
}

/// Queries the quota of placement groups (查询置放群组配额): the response of `DescribeDisasterRecoverGroupQuota`.
///
/// This API is used to query the quota of [spread placement groups](https://www.tencentcloud.com/document/product/213/15486).
///
/// 本接口 (DescribeDisasterRecoverGroupQuota)用于查询[分散置放群组](https://cloud.tencent.com/document/product/213/15486)配额。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeDisasterRecoverGroupQuota",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidParameter.AtMostOne" = "最多指定一个参数。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.NotEmpty" = "输入参数值不能为空。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValueLimit" = "参数值数量超过限制。",
        "InvalidParameterValueOffset" = "无效参数值。指定的 `Offset` 无效。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDisasterRecoverGroupQuota {
    /// The maximum number of placement groups that can be created.
    ///
    /// 可创建置放群组数量的上限。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub group_quota: Option<i64>,
    /// The number of placement groups that have been created by the current user.
    ///
    /// 当前用户已经创建的置放群组数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub current_num: Option<i64>,
    /// Quota on instances in a physical-machine-type disaster recovery group.
    ///
    /// 物理机类型容灾组内实例的配额数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm_in_host_group_quota: Option<i64>,
    /// Quota on instances in a switch-type disaster recovery group.
    ///
    /// 交换机类型容灾组内实例的配额数。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm_in_sw_group_quota: Option<i64>,
    /// Quota on instances in a rack-type disaster recovery group.
    ///
    /// 机架类型容灾组内实例的配额数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm_in_rack_group_quota: Option<i64>,
    /// Quota for instances in a disaster recovery group of the switch type.
    ///
    /// 交换机类型容灾组内实例的配额数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm_in_switch_group_quota: Option<i64>,
}

/// Queries information on spread placement groups (查询分散置放群组信息): the response of `DescribeDisasterRecoverGroups`.
///
/// This API is used to query the information on [spread placement groups](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1).
///
/// 本接口 (DescribeDisasterRecoverGroups)用于查询[分散置放群组](https://cloud.tencent.com/document/product/213/15486)信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeDisasterRecoverGroups",
    errors(
        "InvalidParameterValue.DisasterRecoverGroupIdMalformed" = "置放群组ID格式错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDisasterRecoverGroups {
    /// Information on spread placement groups.
    ///
    /// 分散置放群组信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disaster_recover_group_set: Option<Vec<DisasterRecoverGroup>>,
    /// Total number of placement groups of the user.
    ///
    /// 用户置放群组总量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// Views the list of CDH instances (查看CDH实例列表): the response of `DescribeHosts`.
///
/// This API is used to query the details of CDH instances.
///
/// 本接口 (DescribeHosts) 用于获取一个或多个CDH实例的详细信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeHosts",
    errors(
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHosts {
    /// Total number of CDH instances meeting the query conditions
    ///
    /// 符合查询条件的cdh实例总数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Information on CDH instances
    ///
    /// cdh实例详细信息列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_set: Option<Vec<HostItem>>,
}

/// 查询高性能集群信息: the response of `DescribeHpcClusters`.
///
/// 查询高性能集群信息
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeHpcClusters",
    errors(
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "UnsupportedOperation.InvalidZone" = "该可用区不可售卖。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHpcClusters {
    /// 高性能计算集群信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hpc_cluster_set: Option<Vec<HpcClusterInfo>>,
    /// 高性能计算集群总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// Queries available images within an image family (查询镜像族内可用镜像): the response of `DescribeImageFromFamily`.
///
/// This API is used to view information about available images within an image family.
///
/// 本接口(DescribeImageFromFamily) 用于查看镜像族内可用镜像信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeImageFromFamily",
    errors(
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "UnsupportedOperation.InvalidZone" = "该可用区不可售卖。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImageFromFamily {
    /// Image information. Null is returned when there is no available image.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 镜像信息，没有可用镜像是返回为空
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

/// Queries image quota (查询镜像配额上限): the response of `DescribeImageQuota`.
///
/// This API is used to query the image quota of an user account.
///
/// 本接口(DescribeImageQuota)用于查询用户账号的镜像配额。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeImageQuota",
    errors(
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "UnsupportedOperation.InvalidZone" = "该可用区不可售卖。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImageQuota {
    /// The image quota of an account
    ///
    /// 账户的镜像配额
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_num_quota: Option<i64>,
}

/// Views image sharing information (查看镜像分享信息): the response of `DescribeImageSharePermission`.
///
/// This API is used to query image sharing information.
///
/// 本接口（DescribeImageSharePermission）用于查询镜像分享信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeImageSharePermission",
    errors(
        "InvalidAccountId.NotFound" = "无效的账户Id。",
        "InvalidAccountIs.YourSelf" = "您无法共享镜像给自己。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "OverQuota" = "镜像共享超过配额。",
        "UnauthorizedOperation.ImageNotBelongToAccount" = "指定的镜像不属于用户。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImageSharePermission {
    /// Information on image sharing.
    ///
    /// 镜像共享信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_permission_set: Option<Vec<SharePermission>>,
}

/// Views the list of images (查看镜像列表): the response of `DescribeImages`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeImages",
    errors(
        "FailedOperation.IllegalTagKey" = "标签键存在不合法字符",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InvalidParameterCoexistImageIdsFilters" = "不能同时指定ImageIds和Filters。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidParameterValueLimit" = "参数值错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidRegion.NotFound" = "未找到该区域。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnauthorizedOperation.PermissionDenied" = "无权操作指定的资源，请正确配置CAM策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImages {
    /// Information on an image, including its state and attributes.
    ///
    /// 一个关于镜像详细信息的结构体，主要包括镜像的主要状态与属性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_set: Option<Vec<Image>>,
    /// Number of images meeting the filtering conditions.
    ///
    /// 符合要求的镜像数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
}

/// Queries the list of supported operating systems of imported images (查询外部导入镜像支持的OS列表): the response of `DescribeImportImageOs`.
///
/// This API is used to query the list of supported operating systems of imported images.
///
/// 查看可以导入的镜像操作系统信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeImportImageOs",
    errors(
        "FailedOperation.IllegalTagKey" = "标签键存在不合法字符",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InvalidParameterCoexistImageIdsFilters" = "不能同时指定ImageIds和Filters。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidParameterValueLimit" = "参数值错误。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidRegion.NotFound" = "未找到该区域。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnauthorizedOperation.PermissionDenied" = "无权操作指定的资源，请正确配置CAM策略。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImportImageOs {
    /// Supported operating system types of imported images.
    ///
    /// 支持的导入镜像的操作系统类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_image_os_list_supported: Option<ImageOsList>,
    /// Supported operating system versions of imported images.
    ///
    /// 支持的导入镜像的操作系统版本。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_image_os_version_set: Option<Vec<OsVersion>>,
}

/// Queries supported instance model families (查询所支持的实例机型族信息): the response of `DescribeInstanceFamilyConfigs`.
///
/// This API is used to query a list of model families available to the current user in the current region.
///
/// 本接口（DescribeInstanceFamilyConfigs）查询当前用户和地域所支持的机型族列表信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstanceFamilyConfigs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidRegion.NotFound" = "未找到该区域。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceFamilyConfigs {
    /// List of instance model families
    ///
    /// 实例机型组配置的列表信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_family_config_set: Option<Vec<InstanceFamilyConfig>>,
}

/// 查询实例带宽配置: the response of `DescribeInstanceInternetBandwidthConfigs`.
///
/// 本接口 (DescribeInstanceInternetBandwidthConfigs) 用于查询实例带宽配置。
///
/// * 只支持查询`BANDWIDTH_PREPAID`（ 预付费按带宽结算 ）计费模式的带宽配置。
///
/// * 接口返回实例的所有带宽配置信息（包含历史的带宽配置信息）。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstanceInternetBandwidthConfigs",
    errors(
        "FailedOperation.NotFoundEIP" = "当前实例没有弹性IP",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceInternetBandwidthConfigs {
    /// 带宽配置信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_bandwidth_config_set: Option<Vec<InternetBandwidthConfig>>,
}

/// 查询实例机型列表: the response of `DescribeInstanceTypeConfigs`.
///
/// 本接口 (DescribeInstanceTypeConfigs) 用于查询实例机型配置。
///
/// * 可以根据`zone`、`instance-family`、`instance-type`来查询实例机型配置。过滤条件详见过滤器[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)。
///
/// * 如果参数为空，返回指定地域的所有实例机型配置。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstanceTypeConfigs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceTypeConfigs {
    /// 实例机型配置列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type_config_set: Option<Vec<InstanceTypeConfig>>,
}

/// 查询实例管理终端地址: the response of `DescribeInstanceVncUrl`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstanceVncUrl",
    errors(
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceState" = "指定实例的当前状态不能进行该操作。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceVncUrl {
    /// 实例的管理终端地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_vnc_url: Option<String>,
}

/// Views the list of instances (查看实例列表): the response of `DescribeInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstances",
    errors(
        "FailedOperation.IllegalTagKey" = "标签键存在不合法字符",
        "FailedOperation.IllegalTagValue" = "标签值存在不合法字符。",
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidParameterValue.IPAddressMalformed" = "IP格式非法。",
        "InvalidParameterValue.IPv6AddressMalformed" = "ipv6地址无效",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidIpFormat" = "IP地址不符合规范",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.InvalidVagueName" = "无效的模糊查询字符串。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.UuidMalformed" = "uuid不合要求。",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidSgId.Malformed" = "指定的`安全组ID`格式错误，例如`实例ID`长度错误`sg-ide32`。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstances {
    /// Number of instances meeting the filtering conditions.
    ///
    /// 符合条件的实例数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// Detailed instance information.
    ///
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<Instance>>,
}

/// 查询定时任务信息: the response of `DescribeInstancesActionTimer`.
///
/// 本接口 (DescribeInstancesActionTimer) 用于查询定时任务信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstancesActionTimer",
    errors(
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesActionTimer {
    /// 定时任务信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_timers: Option<Vec<ActionTimer>>,
}

/// Obtains the attributes of specified instances in batches (批量获取指定实例属性): the response of `DescribeInstancesAttributes`.
///
/// This API is used to obtain the attributes of specified instances. Currently, it supports querying the custom data UserData of instances.
///
/// 获取指定实例的属性，目前支持查询实例自定义数据User-Data。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstancesAttributes",
    errors(
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesAttributes {
    /// List of attributes of specified instances.
    ///
    /// 指定的实例属性列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<InstanceAttribute>>,
}

/// 查询实例可调整配置: the response of `DescribeInstancesModification`.
///
/// 本接口 (DescribeInstancesModification) 用于查询指定实例支持调整的机型配置。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstancesModification",
    errors(
        "FailedOperation.ZoneInconsistent" = "给定实例所在可用区不相同，请给定相同可用区的实例。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameter.CdzNotSupported" = "CDZ不支持实例跨区迁移",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "UnsupportedOperation.UnsupportedChangeInstanceFamily" = "指定机型不支持跨机型调整配置。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesModification {
    /// 实例调整的机型配置的数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 实例支持调整的机型配置列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type_config_status_set: Option<Vec<InstanceTypeConfigStatus>>,
}

/// Queries limitations on operations on an instance (查询实例操作限制): the response of `DescribeInstancesOperationLimit`.
///
/// This API is used to query limitations on operations on an instance.
///
/// * Currently you can use this API to query the maximum number of times you can modify the configuration of an instance.
///
/// 本接口（DescribeInstancesOperationLimit）用于查询实例操作限制。
///
/// * 目前支持调整配置操作限制次数查询。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstancesOperationLimit",
    errors(
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesOperationLimit {
    /// The maximum number of times you can modify the instance configurations (degrading the configurations)
    ///
    /// 该参数表示调整配置操作（降配）限制次数查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_operation_limit_set: Option<Vec<OperationCountLimit>>,
}

/// Views the list of instance status (查看实例状态列表): the response of `DescribeInstancesStatus`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInstancesStatus",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesStatus {
    /// Number of instance states meeting the filtering conditions.
    ///
    /// 符合条件的实例状态数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// [Instance status](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) list.
    ///
    /// [实例状态](https://cloud.tencent.com/document/api/213/15753#InstanceStatus) 列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_status_set: Option<Vec<InstanceStatus>>,
}

/// Queries the network billing methods (查询网络计费类型): the response of `DescribeInternetChargeTypeConfigs`.
///
/// This API is used to query the network billing methods.
///
/// 本接口（DescribeInternetChargeTypeConfigs）用于查询网络的计费类型。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeInternetChargeTypeConfigs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInternetChargeTypeConfigs {
    /// List of network billing methods.
    ///
    /// 网络计费类型配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type_config_set: Option<Vec<InternetChargeTypeConfig>>,
}

/// Queries the list of key pairs (查询密钥对列表): the response of `DescribeKeyPairs`.
///
/// This API is used to query key pairs.
///
/// * A key pair is a pair of keys generated by an algorithm in which the public key is available to the public and the private key is available only to the user. You can use this API to query the public key but not the private key.
///
/// 本接口 (DescribeKeyPairs) 用于查询密钥对信息。
///
/// * 密钥对是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥对的公钥内容可以通过这个接口查询，但私钥内容系统不保留。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeKeyPairs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidKeyPair.LimitExceeded" = "密钥对数量超过限制。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValueLimit" = "参数值数量超过限制。",
        "InvalidParameterValueOffset" = "无效参数值。指定的 `Offset` 无效。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeKeyPairs {
    /// Number of key pairs meeting the filtering conditions.
    ///
    /// 符合条件的密钥对数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// Detailed information on key pairs.
    ///
    /// 密钥对详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_pair_set: Option<Vec<KeyPair>>,
}

/// Queries instance launch template versions (查询实例模板版本信息): the response of `DescribeLaunchTemplateVersions`.
///
/// This API is used to query the information of instance launch template versions.
///
/// 本接口（DescribeLaunchTemplateVersions）用于查询实例模板版本信息。
///
/// - 不支持参数`LaunchTemplateVersions`与以下参数同时指定，包括 `MaxVersion`、`MinVersion`、`Limit`、`Offset`和`DefaultVersion`。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeLaunchTemplateVersions",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted" = "实例启动模板和版本ID组合不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.NotSupported" = "不支持的操作。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLaunchTemplateVersions {
    /// Total number of instance launch templates.
    ///
    /// 实例启动模板总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// Set of instance launch template versions.
    ///
    /// 实例启动模板版本集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_template_version_set: Option<Vec<LaunchTemplateVersionInfo>>,
}

/// Queries instance launch templates (查询实例启动模板): the response of `DescribeLaunchTemplates`.
///
/// This API is used to query one or more instance launch templates.
///
/// 本接口（DescribeLaunchTemplates）用于查询一个或者多个实例启动模板。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeLaunchTemplates",
    errors(
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidParameterValue.InvalidLaunchTemplateName" = "实例启动模板名称格式错误。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted" = "实例启动模板和版本ID组合不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLaunchTemplates {
    /// Number of eligible instance templates.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 符合条件的实例模板数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// List of instance details
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例详细信息列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_template_set: Option<Vec<LaunchTemplateInfo>>,
}

/// Queries the list of regions (查询地域列表): the response of `DescribeRegions`.
///
/// This API is suspended. To query the information of regions, use [DescribeZones](https://intl.cloud.tencent.com/document/product/1596/77930?from_cn_redirect=1).
///
/// 本接口(DescribeRegions)用于查询地域信息。因平台策略原因，该接口暂时停止更新，为确保您正常调用，可切换至新链接：<https://cloud.tencent.com/document/product/1596/77930>。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeRegions",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRegions {
    /// Number of regions
    ///
    /// 地域数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// List of regions
    ///
    /// 地域列表信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_set: Option<Vec<RegionInfo>>,
}

/// 查询实例资源池内已创建的实例列表: the response of `DescribeResourcePoolPackInstances`.
///
/// 本接口(DescribeResourcePoolPackInstances)用于查询指定实例资源池内已创建的实例列表及其物理拓扑信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeResourcePoolPackInstances",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.ResourcePoolPackIdMalformed" = "指定的资源池ID格式错误。请确保在请求中提供完整的资源池ID，格式为`rpp-xxxxxxxx`",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeResourcePoolPackInstances {
    /// 实例资源池内已创建的实例详情列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedicated_resource_pack_instance_set: Option<Vec<ResourcePoolPackInstance>>,
}

/// 查询支持实例资源池的机型规格列表: the response of `DescribeResourcePoolPackTypeConfigs`.
///
/// 本接口(DescribeResourcePoolPackTypeConfigs)用于查询当前地域/可用区支持创建实例资源池的整机/半整机规格列表。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeResourcePoolPackTypeConfigs",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeResourcePoolPackTypeConfigs {
    /// 支持实例资源池的机型规格列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type_config_set: Option<Vec<InstanceTypeConfig>>,
}

/// 查询实例资源池预扣包列表: the response of `DescribeResourcePoolPacks`.
///
/// 本接口(DescribeResourcePoolPacks)用于查询用户已创建的实例资源池列表，包括资源池基本信息、剩余容量、底层物理拓扑信息等。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeResourcePoolPacks",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ResourcePoolPackIdMalformed" = "指定的资源池ID格式错误。请确保在请求中提供完整的资源池ID，格式为`rpp-xxxxxxxx`",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeResourcePoolPacks {
    /// 符合条件的实例资源池列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedicated_resource_pack_set: Option<Vec<ResourcePoolPack>>,
    /// 下一页数据的标记，用于分页查询。值为空时表示已到最后一页。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_token: Option<String>,
}

/// 查询维修任务列表: the response of `DescribeTaskInfo`.
///
/// 本接口 (DescribeTaskInfo) 用于查询云服务器维修任务列表及详细信息。
///
/// - 可以根据实例ID、实例名称或任务状态等信息来查询维修任务列表。过滤信息详情可参考入参说明。
///
/// - 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的维修任务列表。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeTaskInfo",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTaskInfo {
    /// 查询返回的维修任务总数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<i64>,
    /// 查询返回的维修任务列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repair_task_info_set: Option<Vec<RepairTaskInfo>>,
}

/// Queries the configurations of models in an availability zone (获取可用区机型配置信息): the response of `DescribeZoneInstanceConfigInfos`.
///
/// This API is used to query the configurations of models in an availability zone.
///
/// 本接口(DescribeZoneInstanceConfigInfos) 获取可用区的机型信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeZoneInstanceConfigInfos",
    errors(
        "InvalidFilter" = "无效的过滤器。",
        "InvalidFilterValue.LimitExceeded" = "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidRegion.NotFound" = "未找到该区域。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourceInsufficient.AvailabilityZoneSoldOut" = "该可用区已售罄",
        "UnsupportedOperation.UnsupportedPool" = "指定的Pool非法。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeZoneInstanceConfigInfos {
    /// List of model configurations for the availability zone.
    ///
    /// 可用区机型配置列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type_quota_set: Option<Vec<InstanceTypeQuotaItem>>,
}

/// Queries a list of availability zones (查询可用区列表): the response of `DescribeZones`.
///
/// This API is used to query availability zones.
///
/// 本接口(DescribeZones)用于查询可用区信息。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DescribeZones",
    errors(
        "InvalidFilter" = "无效的过滤器。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeZones {
    /// Number of availability zones.
    ///
    /// 可用区数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
    /// List of availability zones.
    ///
    /// 可用区列表信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_set: Option<Vec<ZoneInfo>>,
}

/// Disassociates key pairs from instances (解绑密钥对): the response of `DisassociateInstancesKeyPairs`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DisassociateInstancesKeyPairs",
    errors(
        "FailedOperation.DisassociateKeyPairFailed" = "实例解绑密钥失败",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidKeyPairId.NotFound" = "无效密钥对ID。指定的密钥对ID不存在。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceOsWindows" = "请求不支持操作系统为`Xserver windows2012cndatacenterx86_64`的实例`ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateInstancesKeyPairs;

/// Disassociates security groups from instances (解绑安全组): the response of `DisassociateSecurityGroups`.
///
/// This API is used to disassociate security groups from instances.
///
/// 本接口 (DisassociateSecurityGroups) 用于解绑实例的指定安全组。
///
/// * 实例操作结果可以通过调用 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "DisassociateSecurityGroups",
    errors(
        "FailedOperation.SecurityGroupActionFailed" = "安全组操作失败。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidSgId.Malformed" = "指定的`安全组ID`格式错误，例如`实例ID`长度错误`sg-ide32`。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "SecGroupActionFailure" = "安全组服务接口调用通用错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateSecurityGroups;

/// Enters the rescue mode (进入救援模式): the response of `EnterRescueMode`.
///
/// This API is used to enter the rescue mode.
///
/// 本接口（EnterRescueMode）用于进入救援模式。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "EnterRescueMode",
    errors(
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.ArmArchitecture" = "该操作暂不支持Arm机器。",
        "UnsupportedOperation.EdgeZoneNotSupportCloudDisk" = "所选择的边缘可用区不支持云盘操作。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct EnterRescueMode;

/// Exits the rescue mode (退出救援模式): the response of `ExitRescueMode`.
///
/// This API is used to exit the rescue mode.
///
/// 本接口（ExitRescueMode）用于退出救援模式。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ExitRescueMode",
    errors(
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExitRescueMode;

/// Exports custom images (导出自定义镜像): the response of `ExportImages`.
///
/// This API is used to export custom images to the specified COS bucket.
///
/// 提供导出自定义镜像到指定COS存储桶的能力
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ExportImages",
    errors(
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidParameter.ImageIdsSnapshotIdsMustOne" = "参数ImageIds和SnapshotIds必须有且仅有一个。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameterValue.BucketNotFound" = "请确认存储桶是否存在。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidBucketPermissionForExport" = "请检查存储桶的写入权限是否已放通。",
        "InvalidParameterValue.InvalidFileNamePrefixList" = "参数 FileNamePrefixList 的长度与 ImageIds 或 SnapshotIds 不匹配。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageOsName" = "当前地域不支持指定镜像所包含的操作系统。",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MissingLocationCosEndpoint" = "专属可用区本地COS集群缺少endpoint配置",
        "InvalidParameterValue.TooLarge" = "参数值超过最大限制。",
        "LimitExceeded.ExportImageTaskLimitExceeded" = "正在运行中的镜像导出任务已达上限，请等待已有任务完成后，再次发起重试。",
        "UnsupportedOperation.EncryptedImagesNotSupported" = "不支持加密镜像。",
        "UnsupportedOperation.ImageTooLargeExportUnsupported" = "镜像大小超出限制，不支持导出。",
        "UnsupportedOperation.MarketImageExportUnsupported" = "从市场镜像创建的自定义镜像不支持导出。",
        "UnsupportedOperation.PublicImageExportUnsupported" = "公共镜像或市场镜像不支持导出。",
        "UnsupportedOperation.RedHatImageExportUnsupported" = "RedHat镜像不支持导出。",
        "UnsupportedOperation.SharedImageExportUnsupported" = "共享镜像不支持导出。",
        "UnsupportedOperation.WindowsImageExportUnsupported" = "Windows镜像不支持导出。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExportImages {
    /// ID of the image export task
    ///
    /// 导出镜像任务ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<u64>,
    /// List of COS filenames of the exported images
    ///
    /// 导出镜像的COS文件名列表。其中，文件名格式如下。
    ///
    /// * 系统盘：前缀名_镜像ID_system_快照ID.镜像格式
    ///
    /// * 数据盘：前缀名_镜像ID_data_快照ID.镜像格式
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cos_paths: Option<Vec<String>>,
}

/// Imports images (外部镜像导入): the response of `ImportImage`.
///
/// This API is used to import an image. The image imported can be used to create instances. Currently, this API supports RAW, VHD, QCOW2, and VMDK image formats.
///
/// 本接口(ImportImage)用于导入镜像，导入后的镜像可用于创建实例。目前支持RAW、VHD、QCOW2、VMDK镜像格式。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ImportImage",
    errors(
        "ImageQuotaLimitExceeded" = "镜像配额超过了限制。",
        "InvalidImageName.Duplicate" = "镜像名称与原有镜像重复。",
        "InvalidImageOsType.Unsupported" = "不支持的操作系统类型。",
        "InvalidImageOsVersion.Unsupported" = "不支持的操作系统版本。",
        "InvalidParameter.InvalidParameterUrlError" = "错误的url地址。",
        "InvalidParameterValue.ISOMustImportByForce" = "ISO文件必须强制导入",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidBootMode" = "不支持指定的启动模式。",
        "InvalidParameterValue.InvalidImageFamily" = "错误格式的镜像族名称",
        "InvalidParameterValue.InvalidLicenseType" = "许可证类型不可用。",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.TooLarge" = "参数值超过最大限制。",
        "OperationDenied.InnerUserProhibitAction" = "禁止管控账号操作。",
        "RegionAbilityLimit.UnsupportedToImportImage" = "该地域不支持导入镜像。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ImportImage {
    /// 镜像 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_id: Option<String>,
}

/// 导入定时任务: the response of `ImportInstancesActionTimer`.
///
/// 本接口（ImportInstancesActionTimer）用于导入定时任务
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ImportInstancesActionTimer",
    errors(
        "FailedOperation.MutActionTimerExist" = "该实例已存在指定的定时任务",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "UnsupportedOperation.NotSupportImportInstancesActionTimer" = "针对当前实例设置定时任务失败。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ImportInstancesActionTimer {
    /// 定时器id列表
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action_timer_ids: Option<Vec<String>>,
}

/// Imports key pairs (导入密钥对): the response of `ImportKeyPair`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ImportKeyPair",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidKeyPair.LimitExceeded" = "密钥对数量超过限制。",
        "InvalidKeyPairName.Duplicate" = "密钥对名称重复。",
        "InvalidKeyPairNameEmpty" = "密钥名称为空。",
        "InvalidKeyPairNameIncludeIllegalChar" = "密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。",
        "InvalidKeyPairNameTooLong" = "密钥名称超过25个字符。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidPublicKey.Duplicate" = "无效密钥公钥。指定公钥已经存在。",
        "InvalidPublicKey.Malformed" = "无效密钥公钥。指定公钥格式错误，不符合`OpenSSH RSA`格式要求。",
        "LimitExceeded.TagResourceQuota" = "标签绑定的资源数量已达到配额限制。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ImportKeyPair {
    /// Key pair ID
    ///
    /// 密钥对ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub key_id: Option<String>,
}

/// 创建实例资源池预扣包询价: the response of `InquirePricePurchaseResourcePoolPacks`.
///
/// 本接口(InquirePricePurchaseResourcePoolPacks)用于查询创建实例资源池的价格。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquirePricePurchaseResourcePoolPacks",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InstanceTypeNotSupport" = "指定机型不支持。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePricePurchaseResourcePoolPacks {
    /// 实例资源池价格信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<ItemPrice>,
}

/// Modify the instance billing mode price inquiry (修改实例计费模式询价): the response of `InquiryPriceModifyInstancesChargeType`.
///
/// This API is used to inquire about the price for switching billing modes of instance.
///
/// This API is used to indicate that instances with no charge when shut down, instances of the model families Batch Computing BC1 and Batch Computing BS1, instances of scheduled termination, and spot instances do not support this operation.
///
/// 本接口 (InquiryPriceModifyInstancesChargeType) 用于切换实例的计费模式询价。
///
/// * 关机不收费的实例、`批量计算型BC1`和`批量计算型BS1`机型族的实例、设置定时销毁的实例、竞价实例不支持该操作。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceModifyInstancesChargeType",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.InquiryRefundPriceFailed" = "查询退换价格失败，找不到付款订单，请检查设备 `ins-xxxxxxx` 是否已过期。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidInstanceTypeUnderwrite" = "指定机型不支持包销付费模式。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "LimitExceeded.InstanceTypeBandwidth" = "目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考[公网网络带宽上限](https://cloud.tencent.com/document/product/213/12523)。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceMixedZoneType" = "中心可用区和边缘可用区实例不能混用批量操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceModifyInstancesChargeType {
    /// This parameter indicates the price for switching the billing mode of the corresponding configuration instance.
    ///
    /// 该参数表示对应配置实例转换计费模式的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 续费CDH实例询价: the response of `InquiryPriceRenewHosts`.
///
/// 本接口 (InquiryPriceRenewHosts) 用于续费包年包月`CDH`实例询价。
///
/// * 只支持查询包年包月`CDH`实例的续费价格。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceRenewHosts",
    errors(
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewHosts {
    /// CDH实例续费价格信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<HostPriceInfo>,
}

/// Renewal instance inquiry (续费实例询价): the response of `InquiryPriceRenewInstances`.
///
/// This API is used to inquire about the price for renewing a monthly subscription instance.
///
/// This API is used to query the renewal price of monthly subscription instances.
///
/// 本接口 (InquiryPriceRenewInstances) 用于续费包年包月实例询价。
///
/// * 只支持查询包年包月实例的续费价格。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceRenewInstances",
    errors(
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InstanceNotSupportedMixPricingModel" = "不支持操作不同计费方式的实例。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "UnsupportedOperation.InstanceMixedZoneType" = "中心可用区和边缘可用区实例不能混用批量操作。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InvalidDiskBackupQuota" = "不支持带有云硬盘备份点。",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" = "该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewInstances {
    /// This parameter indicates the price for the corresponding configuration instance.
    ///
    /// 该参数表示对应配置实例的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the price of instance reinstallation (重装实例询价): the response of `InquiryPriceResetInstance`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceResetInstance",
    errors(
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageIdForRetsetInstance" = "镜像无法用于重装当前实例。",
        "InvalidParameterValue.InvalidImageOsName" = "当前地域不支持指定镜像所包含的操作系统。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnsupportedOperation.InstanceTypeNotSupportGridLicence" = "实例类型不支持设置`GridDriverService` 状态",
        "UnsupportedOperation.InvalidImageLicenseTypeForReset" = "镜像许可类型与实例不符，请选择其他镜像。",
        "UnsupportedOperation.ModifyEncryptionNotSupported" = "不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。",
        "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" = "当前镜像不支持对该实例的重装操作。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstance {
    /// Price of reinstalling the instance with the specified configuration.
    ///
    /// 该参数表示重装成对应配置实例的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the price of public network bandwidth for an instance with a new maximum bandwidth (调整实例带宽上限询价): the response of `InquiryPriceResetInstancesInternetMaxBandwidth`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceResetInstancesInternetMaxBandwidth",
    errors(
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.NotFoundEIP" = "当前实例没有弹性IP",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidPermission" = "账户不支持该操作。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstancesInternetMaxBandwidth {
    /// Price of the new bandwidth
    ///
    /// 该参数表示带宽调整为对应大小之后的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the price of an instance with a new configuration (调整实例配置询价): the response of `InquiryPriceResetInstancesType`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceResetInstancesType",
    errors(
        "FailedOperation.InquiryRefundPriceFailed" = "查询退换价格失败，找不到付款订单，请检查设备 `ins-xxxxxxx` 是否已过期。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" = "指定的CDH母机不支持自定义类型的子机规格",
        "InvalidParameter.HostIdInstanceTypeNotSupport" = "指定的CDH母机不支持该子机机型规格",
        "InvalidParameter.HostIdStandardInstanceTypeNotSupport" = "指定的CDH母机不支持标准类型的子机规格",
        "InvalidParameter.InstanceTypeSupportedHostNotFound" = "不存在支持指定子机规格的CDH母机",
        "InvalidParameterValue.BasicNetworkInstanceFamily" = "实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。",
        "InvalidParameterValue.GPUInstanceFamily" = "非GPU实例不允许转为GPU实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidInstanceSource" = "该实例配置来自免费升配活动，暂不支持3个月内进行降配。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.EipNumLimit" = "特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。",
        "LimitExceeded.EniNumLimit" = "特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。",
        "LimitExceeded.InstanceTypeBandwidth" = "目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考[公网网络带宽上限](https://cloud.tencent.com/document/product/213/12523)。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnsupportedOperation.HeterogeneousChangeInstanceFamily" = "异构机型不支持跨机型调整。",
        "UnsupportedOperation.InstanceMixedResetInstanceType" = "不支持混合升配和降配实例。",
        "UnsupportedOperation.LocalDataDiskChangeInstanceFamily" = "机型数据盘全为本地盘不支持跨机型调整。",
        "UnsupportedOperation.OriginalInstanceTypeInvalid" = "无效的原机型。",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性",
        "UnsupportedOperation.StoppedModeStopChargingSameFamily" = "不支持关机不收费机器做同类型变配操作。",
        "UnsupportedOperation.UnsupportedARMChangeInstanceFamily" = "当前实例不允许变配到非ARM机型。",
        "UnsupportedOperation.UnsupportedChangeInstanceFamily" = "指定机型不支持跨机型调整配置。",
        "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM" = "非ARM机型不支持调整到ARM机型。",
        "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily" = "不支持实例变配到此类型机型。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstancesType {
    /// Price of the instance using the specified model
    ///
    /// 该参数表示调整成对应机型实例的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the capacity price of an instance after disk expansion (扩容实例磁盘询价): the response of `InquiryPriceResizeInstanceDisks`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceResizeInstanceDisks",
    errors(
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.SnapshotIdMalformed" = "快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MissingParameter.AtLeastOne" = "缺少必要参数，请至少提供一个参数。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InvalidDisk" = "不支持指定的磁盘",
        "UnsupportedOperation.LocalDiskMigratingToCloudDisk" = "不支持正在本地盘转云盘的磁盘，请稍后发起请求。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResizeInstanceDisks {
    /// Price of the disks after being expanded to the specified configurations
    ///
    /// 该参数表示磁盘扩容成对应配置的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Queries the price of creating instances (创建实例询价): the response of `InquiryPriceRunInstances`.
///
/// This API is used to query the price of creating instances. You can only use this API for instances whose configuration is within the purchase limit. For more information, see [RunInstances](https://intl.cloud.tencent.com/document/api/213/15730?from_cn_redirect=1).
///
/// 本接口(InquiryPriceRunInstances)用于创建实例询价。本接口仅允许针对购买限制范围内的实例配置进行询价, 详见：[创建实例](https://cloud.tencent.com/document/api/213/15730)。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceRunInstances",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "FailedOperation.IllegalTagKey" = "标签键存在不合法字符",
        "FailedOperation.IllegalTagValue" = "标签值存在不合法字符。",
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.SnapshotSizeLargerThanDataSize" = "快照容量大于磁盘大小，请选用更大的磁盘空间。",
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "FailedOperation.TatAgentNotSupport" = "镜像是公共镜像并且启用了自动化助手服务，但它不符合 Linux&x86_64。",
        "InstancesQuotaLimitExceeded" = "表示当前创建的实例个数超过了该账户允许购买的剩余配额数。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidClientToken.TooLong" = "指定的ClientToken字符串长度超出限制，必须小于等于64字节。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstanceName.TooLong" = "指定的InstanceName字符串长度超出限制，必须小于等于60字节。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.EdgeZoneMissInternetAccessible" = "边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。",
        "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" = "指定的CDH母机不支持自定义类型的子机规格",
        "InvalidParameter.HostIdInstanceTypeNotSupport" = "指定的CDH母机不支持该子机机型规格",
        "InvalidParameter.HostIdStandardInstanceTypeNotSupport" = "指定的CDH母机不支持标准类型的子机规格",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InstanceTypeSupportedHostNotFound" = "不存在支持指定子机规格的CDH母机",
        "InvalidParameter.InternetAccessibleNotSupported" = "不支持设置公网带宽相关信息。",
        "InvalidParameter.OnlySupportForEdgeZone" = "仅是边缘可用区支持这个参数。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameter.SpecialParameterForSpecialAccount" = "这个参数需要开启白名单才可以使用。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.BandwidthPackageIdNotFound" = "请确认指定的带宽包是否存在。",
        "InvalidParameterValue.BandwidthPackageIspNotMatch" = "带宽包所属的运营商和运营商参数不匹配。",
        "InvalidParameterValue.BandwidthPackageZoneNotMatch" = "带宽包所属的可用区和指定的可用区不匹配。",
        "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" = "SSD云硬盘为数据盘时，购买大小不得小于100GB",
        "InvalidParameterValue.DuplicateTags" = "重复标签。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" = "实例类型不可加入高性能计算集群。",
        "InvalidParameterValue.InstanceTypeRequiredHpcCluster" = "高性能计算实例需指定对应的高性能计算集群。",
        "InvalidParameterValue.InsufficientPrice" = "竞价失败。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageFormat" = "当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageOsName" = "当前地域不支持指定镜像所包含的操作系统。",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidInstanceTypePeriodicContract" = "该机型不支持周期合约",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.IspNotSupportForEdgeZone" = "边缘可用区不支持这个运营商。",
        "InvalidParameterValue.IspValueRepeated" = "重复指定了运营商参数值。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.RequiredLocationImage" = "请求需要区域镜像。",
        "InvalidParameterValue.SnapshotIdMalformed" = "快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.TagQuotaLimitExceeded" = "标签配额超限。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.DisasterRecoverGroup" = "指定置放群组配额不足。",
        "LimitExceeded.InstanceEniNumLimit" = "实例指定的弹性网卡数目超过了实例弹性网卡数目配额。",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。",
        "ResourceNotFound.NoDefaultCbs" = "无可用的缺省类型的CBS资源。",
        "ResourceNotFound.NoDefaultCbsWithReason" = "无可用的缺省类型的CBS资源。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包",
        "UnsupportedOperation.InstanceTypeNotSupportGridLicence" = "实例类型不支持设置`GridDriverService` 状态",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" = "实例类型不支持设置`EnableJumboFrame` 状态",
        "UnsupportedOperation.InvalidDisk" = "不支持指定的磁盘",
        "UnsupportedOperation.InvalidRegionDiskEncrypt" = "指定的地域不支持加密盘。",
        "UnsupportedOperation.NoInstanceTypeSupportSpot" = "该实例类型不支持竞价计费",
        "UnsupportedOperation.NotSupportImportInstancesActionTimer" = "针对当前实例设置定时任务失败。",
        "UnsupportedOperation.OnlyForPrepaidAccount" = "该操作仅支持预付费账户",
        "UnsupportedOperation.PeriodicContractNotSupportManualRenew" = "该机型为周期合约机型不支持手动续费模式",
        "UnsupportedOperation.SpotUnsupportedRegion" = "该地域不支持竞价实例。",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" = "该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。",
        "UnsupportedOperation.UnsupportedInternationalUser" = "请求不支持国际版账号"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRunInstances {
    /// Price of the instance with the specified configurations.
    ///
    /// 该参数表示对应配置实例的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 退还实例询价: the response of `InquiryPriceTerminateInstances`.
///
/// 本接口 (InquiryPriceTerminateInstances) 用于退还实例询价。
///
/// * 查询退还实例可以返还的费用。
///
/// * 在退还包年包月实例时，使用ReleasePrepaidDataDisks参数，会在返回值中包含退还挂载的包年包月数据盘返还的费用。
///
/// * 支持批量操作，每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "InquiryPriceTerminateInstances",
    errors(
        "FailedOperation.InquiryRefundPriceFailed" = "查询退换价格失败，找不到付款订单，请检查设备 `ins-xxxxxxx` 是否已过期。",
        "FailedOperation.Unreturnable" = "实例无法退还。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceNotSupportedPrepaidInstance" = "该实例不满足包月[退还规则](https://cloud.tencent.com/document/product/213/9711)。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "UnsupportedOperation.InstanceMixedPricingModel" = "不支持混合付费模式。",
        "UnsupportedOperation.InstanceMixedZoneType" = "中心可用区和边缘可用区实例不能混用批量操作。",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.Region" = "不支持该地域"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceTerminateInstances {
    /// 退款详情。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_refunds_set: Option<Vec<InstanceRefund>>,
}

/// Modifies the CHC host attributes (修改CHC物理服务器的属性): the response of `ModifyChcAttribute`.
///
/// This API is used to modify the CHC host attributes.
///
/// 修改CHC物理服务器的属性
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyChcAttribute",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.ChcNetworkEmpty" = "该CHC未配置任何网络。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.NotEmpty" = "输入参数值不能为空。",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyChcAttribute;

/// 切换CHC服务器网络模式: the response of `ModifyChcNetworkMode`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyChcNetworkMode",
    errors(
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "OperationDenied.ChcDeployConfigInvalid" = "CHC的部署配置非法。",
        "OperationDenied.ChcHostStateNotSupported" = "chc物理服务器当前状态不支持此项操作"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyChcNetworkMode;

/// Modifies spread placement group attributes (修改分散置放群组属性): the response of `ModifyDisasterRecoverGroupAttribute`.
///
/// This API is used to modify the attributes of [spread placement groups](https://intl.cloud.tencent.com/document/product/213/15486?from_cn_redirect=1).
///
/// 本接口 (ModifyDisasterRecoverGroupAttribute)用于修改[分散置放群组](https://cloud.tencent.com/document/product/213/15486)属性。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyDisasterRecoverGroupAttribute",
    errors(
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceNotFound.InvalidPlacementSet" = "指定的置放群组不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDisasterRecoverGroupAttribute;

/// Modifies the attributes of a CDH instance (修改CDH实例的属性): the response of `ModifyHostsAttribute`.
///
/// This API is used to modify the attributes of a CDH instance, such as instance name and renewal flag. One of the two parameters, HostName and RenewFlag, must be set, but you cannot set both of them at the same time.
///
/// 本接口（ModifyHostsAttribute）用于修改CDH实例的属性，如实例名称和续费标记等。参数HostName和RenewFlag必须设置其中一个，但不能同时设置。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyHostsAttribute",
    errors(
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidInstance.NotSupported" = "不被支持的实例。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHostsAttribute;

/// 修改高性能计算集群属性: the response of `ModifyHpcClusterAttribute`.
///
/// 修改高性能计算集群属性。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyHpcClusterAttribute",
    errors("ResourceNotFound.HpcCluster" = "高性能计算集群不存在。"),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHpcClusterAttribute;

/// Modifies image attributes (修改镜像属性): the response of `ModifyImageAttribute`.
///
/// This API is used to modify image attributes.
///
/// * Attributes of shared images cannot be modified.
///
/// 本接口（ModifyImageAttribute）用于修改镜像属性。
///
/// * 已分享的镜像无法修改属性。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyImageAttribute",
    errors(
        "InvalidImageId.IncorrectState" = "镜像状态不合法。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidImageName.Duplicate" = "镜像名称与原有镜像重复。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageFamily" = "错误格式的镜像族名称",
        "InvalidParameterValue.TooLarge" = "参数值超过最大限制。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnsupportedOperation.SharedImageModifyUnsupported" = "从其他账号共享的镜像不支持修改属性。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyImageAttribute;

/// Modifies image sharing information (修改镜像共享信息): the response of `ModifyImageSharePermission`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyImageSharePermission",
    errors(
        "FailedOperation.AccountAlreadyExists" = "账号已经存在",
        "FailedOperation.AccountIsYourSelf" = "账号为当前用户",
        "FailedOperation.BYOLImageShareFailed" = "自带许可镜像暂时不支持共享。",
        "FailedOperation.NotMasterAccount" = "账号为协作者，请填写主账号",
        "FailedOperation.QImageShareFailed" = "镜像共享失败。",
        "FailedOperation.RImageShareFailed" = "镜像共享失败。",
        "InvalidAccountId.NotFound" = "无效的账户Id。",
        "InvalidAccountIs.YourSelf" = "您无法共享镜像给自己。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "OverQuota" = "镜像共享超过配额。",
        "UnauthorizedOperation.ImageNotBelongToAccount" = "指定的镜像不属于用户。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnsupportedOperation.EncryptedImagesNotSupported" = "不支持加密镜像。",
        "UnsupportedOperation.LocationImageNotSupported" = "此请求不支持该区域镜像,请更换其他镜像。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyImageSharePermission;

/// 修改实例的硬盘介质: the response of `ModifyInstanceDiskType`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstanceDiskType",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameter.InvalidCloudDiskSoldOut" = "云盘资源售罄。",
        "InvalidParameter.InvalidInstanceNotSupported" = "当前操作不支持该类型实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LocalDiskSizeRange" = "本地盘的限制范围。",
        "InvalidPermission" = "账户不支持该操作。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "UnsupportedOperation.EdgeZoneNotSupportCloudDisk" = "所选择的边缘可用区不支持云盘操作。",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstanceDiskType;

/// Modifies instance attributes (修改实例的属性): the response of `ModifyInstancesAttribute`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesAttribute",
    errors(
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "FailedOperation.SecurityGroupActionFailed" = "安全组操作失败。",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceName.TooLong" = "指定的InstanceName字符串长度超出限制，必须小于等于60字节。",
        "InvalidParameter.HostNameIllegal" = "指定的hostName不符合规范。",
        "InvalidParameterValue.CamRoleNameMalformed" = "CamRoleName不合要求，只允许包含英文字母、数字或者 +=,.@_- 字符。",
        "InvalidParameterValue.IllegalHostName" = "HostName参数值不合法",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "LimitExceeded.AssociateUSGLimitExceeded" = "一个实例绑定安全组数量不能超过5个",
        "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" = "安全组关联云主机弹性网卡配额超限。",
        "LimitExceeded.SingleUSGQuota" = "安全组限额不足",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting" = "实例类型不支持设置 HighDensityMode 状态",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" = "实例类型不支持设置`EnableJumboFrame` 状态",
        "UnsupportedOperation.InstancesEnableJumboWithoutReboot" = "不支持不重启情况下修改Jumbo Frame状态",
        "UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance" = "不支持已经设置了释放时间的实例，请在实例详情页撤销实例定时销毁后再试。",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesAttribute;

/// Modify the instance billing mode (修改实例计费模式): the response of `ModifyInstancesChargeType`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesChargeType",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "FailedOperation.PromotionalPerioRestriction" = "促销期内购买的实例不允许调整配置或计费模式。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidInstanceTypeUnderwrite" = "指定机型不支持包销付费模式。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "LimitExceeded.InstanceQuota" = "当前配额不足够生产指定数量的实例",
        "LimitExceeded.InstanceTypeBandwidth" = "目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考[公网网络带宽上限](https://cloud.tencent.com/document/product/213/12523)。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "UnsupportedOperation.CommercialImageChangeChargeType" = "实例使用商业镜像暂不支持调整付费模式。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceMixedZoneType" = "中心可用区和边缘可用区实例不能混用批量操作。",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.RedHatInstanceUnsupported" = "请求不支持操作系统为RedHat的实例。",
        "UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount" = "包月转包销，不支持包销折扣高于现有包年包月折扣。",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" = "该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesChargeType;

/// Adjust the distributed placement group of an instance (调整实例分散置放群组): the response of `ModifyInstancesDisasterRecoverGroup`.
///
/// This API is used to adjust the placement group of an instance.
///
/// * Currently only basic networks or Virtual Private Cloud (VPC) instances are supported.
///
/// 本接口 (ModifyInstancesDisasterRecoverGroup) 用于调整实例所在置放群组。
///
/// * 目前只支持基础网络或私有网络实例。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesDisasterRecoverGroup",
    errors(
        "FailedOperation.AlreadyInDisasterRecoverGroup" = "该实例 `ins-xxxxxxx` 已经在 `dgroup-xxxxxx` 置放群组里。",
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.DisasterRecoverGroupIdMalformed" = "置放群组ID格式错误。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.NotSupported" = "不支持的操作。",
        "LimitExceeded.DisasterRecoverGroup" = "指定置放群组配额不足。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "UnsupportedOperation.CbsRemoteSsdNotSupport" = "cbs远端ssd盘不支持该操作",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.NoVpcNetwork" = "不支持物理网络的实例。",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesDisasterRecoverGroup;

/// Modifies the project of an instance (修改实例所属项目): the response of `ModifyInstancesProject`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesProject",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesProject;

/// Modifies the renewal flag of an instance (修改实例续费标识): the response of `ModifyInstancesRenewFlag`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesRenewFlag",
    errors(
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" = "该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesRenewFlag;

/// Modifies instance VPC attributes (修改实例vpc的属性): the response of `ModifyInstancesVpcAttribute`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyInstancesVpcAttribute",
    errors(
        "EniNotAllowedChangeSubnet" = "弹性网卡不允许跨子网操作。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceState" = "指定实例的当前状态不能进行该操作。",
        "InvalidParameterValue.IPAddressMalformed" = "IP格式非法。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidIpFormat" = "IP地址不符合规范",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.EdgeZoneInstance" = "边缘可用区实例不支持此项操作。",
        "UnsupportedOperation.ElasticNetworkInterface" = "云服务器绑定了弹性网卡，请解绑弹性网卡后再切换私有网络。",
        "UnsupportedOperation.IPv6NotSupportVpcMigrate" = "IPv6实例不支持VPC迁移",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.ModifyVPCWithCLB" = "绑定负载均衡的实例，不支持修改vpc属性。",
        "UnsupportedOperation.ModifyVPCWithClassLink" = "实例基础网络已互通VPC网络，请自行解除关联，再进行切换VPC。",
        "UnsupportedOperation.NoVpcNetwork" = "不支持物理网络的实例。",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesVpcAttribute;

/// Modifies key pair attributes (修改密钥对属性): the response of `ModifyKeyPairAttribute`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyKeyPairAttribute",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidKeyPairId.NotFound" = "无效密钥对ID。指定的密钥对ID不存在。",
        "InvalidKeyPairName.Duplicate" = "密钥对名称重复。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyKeyPairAttribute;

/// Modifies the default version of the instance launch template (修改实例启动模板默认版本): the response of `ModifyLaunchTemplateDefaultVersion`.
///
/// This API is used to modify the default version of the instance launch template.
///
/// 本接口（ModifyLaunchTemplateDefaultVersion）用于修改实例启动模板默认版本。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ModifyLaunchTemplateDefaultVersion",
    errors(
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted" = "实例启动模板和版本ID组合不存在。",
        "InvalidParameterValue.LaunchTemplateIdVerSetAlready" = "指定的实例启动模板id不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyLaunchTemplateDefaultVersion;

/// 在线烧录FPGA镜像: the response of `ProgramFpgaImage`.
///
/// 本接口(ProgramFpgaImage)用于在线烧录由客户提供的FPGA镜像文件到指定实例的指定FPGA卡上。
///
/// * 只支持对单个实例发起在线烧录FPGA镜像的操作。
///
/// * 支持对单个实例的多块FPGA卡同时烧录FPGA镜像，DBDFs参数为空时，默认对指定实例的所有FPGA卡进行烧录。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ProgramFpgaImage",
    errors(
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.NotFpgaInstance" = "当前实例不是FPGA机型。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramFpgaImage;

/// 创建实例资源池预扣包: the response of `PurchaseResourcePoolPacks`.
///
/// 本接口(PurchaseResourcePoolPacks)用于创建一个或多个实例资源池，每个资源池绑定一个整机或半整机规格的物理资源容量。
///
/// * 实例资源池为剩余容量按量付费模式，购买前请确保账户余额充足。
///
/// * 本接口为异步接口，创建请求发送成功后会返回DedicatedResourcePackIds，此时创建任务并未完成。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "PurchaseResourcePoolPacks",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.InstanceTypeNotSupport" = "指定机型不支持。",
        "InvalidParameterValue.DedicatedResourcePackName" = "专有资源包名称无效。名称长度必须为1-60个字符，只能包含中文、英文字母、数字、连字符(-)和下划线(_)",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.ResourcePoolPackTypeNotSupported" = "指定的资源池类型无效",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceNotFound.InvalidZoneInstanceType" = "可用区不支持此机型。",
        "ResourcesSoldOut.AvailableZone" = "该可用区已售罄",
        "UnsupportedOperation.EdgeZoneNotSupportPurchaseReserved" = "边缘可用区不支持预扣资源包。",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct PurchaseResourcePoolPacks {
    /// 创建的实例资源池ID列表。形如：rpp-39kj2fsb。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dedicated_resource_pack_id_set: Option<Vec<String>>,
}

/// Restarts instances (重启实例): the response of `RebootInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RebootInstances",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RebootInstances;

/// Removes the out-of-band network and deployment network of a CHC host (清理CHC物理服务器的带外网络和部署网络): the response of `RemoveChcAssistVpc`.
///
/// This API is used to remove the out-of-band network and deployment network of a CHC host.
///
/// 清理CHC物理服务器的带外网络和部署网络
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RemoveChcAssistVpc",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveChcAssistVpc;

/// Removes the deployment network of a CHC (清理CHC物理服务器的部署网络): the response of `RemoveChcDeployVpc`.
///
/// This API is used to remove the deployment network of a CHC host.
///
/// 清理CHC物理服务器的部署网络
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RemoveChcDeployVpc",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveChcDeployVpc;

/// 续费CDH实例: the response of `RenewHosts`.
///
/// 本接口 (RenewHosts) 用于续费包年包月CDH实例。
///
/// * 只支持操作包年包月实例，否则操作会以特定错误码返回。
///
/// * 续费时请确保账户余额充足。可通过[`DescribeAccountBalance`](https://cloud.tencent.com/document/product/555/20253)接口查询账户余额。
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RenewHosts",
    errors(
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidHost.NotSupported" = "不支持该宿主机实例执行指定的操作。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RenewHosts;

/// Renew an instance (续费实例): the response of `RenewInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RenewInstances",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InstanceNotSupportedMixPricingModel" = "不支持操作不同计费方式的实例。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceMixedZoneType" = "中心可用区和边缘可用区实例不能混用批量操作。",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InvalidDiskBackupQuota" = "不支持带有云硬盘备份点。",
        "UnsupportedOperation.PeriodicContractNotSupportManualRenew" = "该机型为周期合约机型不支持手动续费模式",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RenewInstances;

/// 管理维修任务: the response of `RepairTaskControl`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RepairTaskControl",
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RepairTaskControl {
    /// 已完成授权的维修任务ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub task_id: Option<String>,
}

/// Reinstalls the OS of an instance (重装实例): the response of `ResetInstance`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ResetInstance",
    errors(
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidParameter.HostNameIllegal" = "指定的hostName不符合规范。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.ParameterConflict" = "不支持同时指定密钥登录和保持镜像登录方式。",
        "InvalidParameterValue.IllegalHostName" = "HostName参数值不合法",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageForGivenInstanceType" = "镜像ID不支持指定的实例机型。",
        "InvalidParameterValue.InvalidImageFormat" = "当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageIdForRetsetInstance" = "镜像无法用于重装当前实例。",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.KeyPairNotFound" = "请确认密钥是否存在。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.RequiredLocationImage" = "请求需要区域镜像。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork" = "不允许未配置部署网络的CHC安装云上镜像。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "ResourceNotFound.KeyPairNotFound" = "指定密钥对不存在。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InstanceTypeNotSupportGridLicence" = "实例类型不支持设置`GridDriverService` 状态",
        "UnsupportedOperation.InvalidImageLicenseTypeForReset" = "镜像许可类型与实例不符，请选择其他镜像。",
        "UnsupportedOperation.KeyPairUnsupportedWindows" = "密钥不支持Windows操作系统",
        "UnsupportedOperation.ModifyEncryptionNotSupported" = "不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。",
        "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" = "当前镜像不支持对该实例的重装操作。",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstance;

/// Changes the maximum public network bandwidth of an instance (调整实例带宽上限): the response of `ResetInstancesInternetMaxBandwidth`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ResetInstancesInternetMaxBandwidth",
    errors(
        "FailedOperation.NotFoundEIP" = "当前实例没有弹性IP",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidPermission" = "账户不支持该操作。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包",
        "UnsupportedOperation.EdgeZoneInstance" = "边缘可用区实例不支持此项操作。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesInternetMaxBandwidth;

/// Resets instance passwords (重置实例密码): the response of `ResetInstancesPassword`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ResetInstancesPassword",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.TooLong" = "无效参数值。参数值太长。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesPassword;

/// Changes the model of an instance (调整实例配置): the response of `ResetInstancesType`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ResetInstancesType",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "FailedOperation.PromotionalPerioRestriction" = "促销期内购买的实例不允许调整配置或计费模式。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidParameter.CdzNotSupported" = "CDZ不支持实例跨区迁移",
        "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" = "指定的CDH母机不支持自定义类型的子机规格",
        "InvalidParameter.HostIdInstanceTypeNotSupport" = "指定的CDH母机不支持该子机机型规格",
        "InvalidParameter.HostIdStandardInstanceTypeNotSupport" = "指定的CDH母机不支持标准类型的子机规格",
        "InvalidParameter.HostIdStatusNotSupport" = "该主机当前状态不支持该操作。",
        "InvalidParameter.InstanceTypeSupportedHostNotFound" = "不存在支持指定子机规格的CDH母机",
        "InvalidParameterValue.BasicNetworkInstanceFamily" = "实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。",
        "InvalidParameterValue.GPUInstanceFamily" = "非GPU实例不允许转为GPU实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidGPUFamilyChange" = "不支持转为非GPU或其他类型GPU实例。",
        "InvalidParameterValue.InvalidInstanceSource" = "该实例配置来自免费升配活动，暂不支持3个月内进行降配。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.EipNumLimit" = "特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。",
        "LimitExceeded.EniLimitInstanceType" = "网卡数量超过实例上限。",
        "LimitExceeded.EniNumLimit" = "特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。",
        "LimitExceeded.InstanceTypeBandwidth" = "目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考[公网网络带宽上限](https://cloud.tencent.com/document/product/213/12523)。",
        "LimitExceeded.SpotQuota" = "竞价实例类型配额不足",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceNotFound.InvalidZoneInstanceType" = "可用区不支持此机型。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.AvailableZone" = "该可用区已售罄",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.DiskSnapCreateTimeTooOld" = "实例创建快照的时间距今不到24小时。",
        "UnsupportedOperation.HeterogeneousChangeInstanceFamily" = "异构机型不支持跨机型调整。",
        "UnsupportedOperation.InstanceMixedResetInstanceType" = "不支持混合升配和降配实例。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InvalidInstanceWithSwapDisk" = "不支持有swap盘的实例。",
        "UnsupportedOperation.LocalDataDiskChangeInstanceFamily" = "机型数据盘全为本地盘不支持跨机型调整。",
        "UnsupportedOperation.LocalDiskMigratingToCloudDisk" = "不支持正在本地盘转云盘的磁盘，请稍后发起请求。",
        "UnsupportedOperation.NoInstanceTypeSupportSpot" = "该实例类型不支持竞价计费",
        "UnsupportedOperation.NotSupportUnpaidOrder" = "实例存在未支付订单。",
        "UnsupportedOperation.OriginalInstanceTypeInvalid" = "无效的原机型。",
        "UnsupportedOperation.RedHatInstanceUnsupported" = "请求不支持操作系统为RedHat的实例。",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性",
        "UnsupportedOperation.StoppedModeStopChargingSameFamily" = "不支持关机不收费机器做同类型变配操作。",
        "UnsupportedOperation.SystemDiskType" = "请求不支持该类型系统盘。",
        "UnsupportedOperation.UnsupportedARMChangeInstanceFamily" = "当前实例不允许变配到非ARM机型。",
        "UnsupportedOperation.UnsupportedChangeInstanceFamily" = "指定机型不支持跨机型调整配置。",
        "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM" = "非ARM机型不支持调整到ARM机型。",
        "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily" = "不支持实例变配到此类型机型。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesType;

/// Expands the disk capacity of an instance (扩容实例磁盘): the response of `ResizeInstanceDisks`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "ResizeInstanceDisks",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.CdhOnlyLocalDataDiskResize" = "CDH磁盘扩容只支持LOCAL_BASIC和LOCAL_SSD。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MissingParameter.AtLeastOne" = "缺少必要参数，请至少提供一个参数。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InvalidDataDisk" = "不支持调整数据盘。",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResizeInstanceDisks;

/// Creates instances (创建实例): the response of `RunInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RunInstances",
    errors(
        "AccountQualificationRestrictions" = "该请求账户未通过资格审计。",
        "AuthFailure.CamRoleNameAuthenticateFailed" = "角色名鉴权失败",
        "FailedOperation.DisasterRecoverGroupNotFound" = "未找到指定的容灾组",
        "FailedOperation.IllegalTagKey" = "标签键存在不合法字符",
        "FailedOperation.IllegalTagValue" = "标签值存在不合法字符。",
        "FailedOperation.InquiryPriceFailed" = "询价失败",
        "FailedOperation.NoAvailableIpAddressCountInSubnet" = "子网可用IP已耗尽。",
        "FailedOperation.PromotionalRegionRestriction" = "暂无法在此国家/地区提供该服务。",
        "FailedOperation.SecurityGroupActionFailed" = "安全组操作失败。",
        "FailedOperation.SnapshotSizeLargerThanDataSize" = "快照容量大于磁盘大小，请选用更大的磁盘空间。",
        "FailedOperation.SnapshotSizeLessThanDataSize" = "不支持快照size小于云盘size。",
        "FailedOperation.TagKeyReserved" = "请求中指定的标签键为系统预留标签，禁止创建",
        "InstancesQuotaLimitExceeded" = "表示当前创建的实例个数超过了该账户允许购买的剩余配额数。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InvalidAccount.InsufficientBalance" = "账户余额不足。",
        "InvalidClientToken.TooLong" = "指定的ClientToken字符串长度超出限制，必须小于等于64字节。",
        "InvalidHostId.Malformed" = "无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。",
        "InvalidHostId.NotFound" = "指定的HostId不存在，或不属于该请求账号所有。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceName.TooLong" = "指定的InstanceName字符串长度超出限制，必须小于等于60字节。",
        "InvalidInstanceType.Malformed" = "指定InstanceType参数格式不合法。",
        "InvalidKeyPairId.Malformed" = "无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。",
        "InvalidParameter.CdcNotSupported" = "不支持参数CdcId。",
        "InvalidParameter.EdgeZoneMissInternetAccessible" = "边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。",
        "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" = "指定的CDH母机不支持自定义类型的子机规格",
        "InvalidParameter.HostIdInstanceTypeNotSupport" = "指定的CDH母机不支持该子机机型规格",
        "InvalidParameter.HostIdStandardInstanceTypeNotSupport" = "指定的CDH母机不支持标准类型的子机规格",
        "InvalidParameter.HostIdStatusNotSupport" = "该主机当前状态不支持该操作。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InstanceTypeSupportedHostNotFound" = "不存在支持指定子机规格的CDH母机",
        "InvalidParameter.InternetAccessibleNotSupported" = "不支持设置公网带宽相关信息。",
        "InvalidParameter.InvalidIpFormat" = "指定的私有网络ip格式不正确。",
        "InvalidParameter.LackCoreCountOrThreadPerCore" = "CoreCount和ThreadPerCore必须同时提供。",
        "InvalidParameter.OnlySupportForEdgeZone" = "仅是边缘可用区支持这个参数。",
        "InvalidParameter.ParameterConflict" = "不支持同时指定密钥登录和保持镜像登录方式。",
        "InvalidParameter.SnapshotNotFound" = "指定的快照不存在。",
        "InvalidParameter.SpecialParameterForSpecialAccount" = "这个参数需要开启白名单才可以使用。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.BandwidthPackageIdMalformed" = "共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.BandwidthPackageIdNotFound" = "请确认指定的带宽包是否存在。",
        "InvalidParameterValue.BandwidthPackageIspNotMatch" = "带宽包所属的运营商和运营商参数不匹配。",
        "InvalidParameterValue.BandwidthPackageZoneNotMatch" = "带宽包所属的可用区和指定的可用区不匹配。",
        "InvalidParameterValue.CamRoleNameMalformed" = "CamRoleName不合要求，只允许包含英文字母、数字或者 +=,.@_- 字符。",
        "InvalidParameterValue.ChcHostsNotFound" = "找不到对应的CHC物理服务器。",
        "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" = "SSD云硬盘为数据盘时，购买大小不得小于100GB",
        "InvalidParameterValue.CoreCountValue" = "核心计数不合法。",
        "InvalidParameterValue.DedicatedClusterNotSupportedChargeType" = "CDC不支持指定的计费模式。",
        "InvalidParameterValue.DedicatedResourcePackIdsNotFound" = "指定的专有资源包ID不存在",
        "InvalidParameterValue.DedicatedResourcePackNotValid" = "未找到有效的专有资源包",
        "InvalidParameterValue.DedicatedResourcePackTenancyMismatch" = "专有资源包ID与专有预扣资源类型不匹配",
        "InvalidParameterValue.Duplicate" = "参数值重复。",
        "InvalidParameterValue.DuplicateTags" = "重复标签。",
        "InvalidParameterValue.ElasticNetworkNotExist" = "弹性网卡数据不存在",
        "InvalidParameterValue.ElasticNetworkVpcSubnetMismatch" = "弹性网卡数据vpc子网不匹配,必须为同vpc不同子网",
        "InvalidParameterValue.ExternalIpQuotaLimited" = "实例的申请的外网IP个数超过了这种规格实例的外网ip配额。",
        "InvalidParameterValue.HpcClusterIdZoneIdNotMatch" = "您的高性能计算集群已经绑定其他可用区，不能购买当前可用区机器。",
        "InvalidParameterValue.IPAddressMalformed" = "IP格式非法。",
        "InvalidParameterValue.IllegalHostName" = "HostName参数值不合法",
        "InvalidParameterValue.IncorrectFormat" = "传参格式不对。",
        "InvalidParameterValue.InstanceTypeNotFound" = "指定机型不存在",
        "InvalidParameterValue.InstanceTypeNotSupportElasticNetworks" = "实例类型不支持弹性网卡数据",
        "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" = "实例类型不可加入高性能计算集群。",
        "InvalidParameterValue.InstanceTypeRequiredHpcCluster" = "高性能计算实例需指定对应的高性能计算集群。",
        "InvalidParameterValue.InsufficientOffering" = "竞价数量不足。",
        "InvalidParameterValue.InsufficientPrice" = "竞价失败。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.InvalidImageForGivenInstanceType" = "镜像ID不支持指定的实例机型。",
        "InvalidParameterValue.InvalidImageFormat" = "当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageOsName" = "当前地域不支持指定镜像所包含的操作系统。",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidInstanceTypePeriodicContract" = "该机型不支持周期合约",
        "InvalidParameterValue.InvalidIpFormat" = "IP地址不符合规范",
        "InvalidParameterValue.InvalidNetworkInterfaceId" = "指定的弹性网卡id非vrdma网卡",
        "InvalidParameterValue.InvalidParameterMinCount" = "参数MinCount的值必须小于InstanceCount",
        "InvalidParameterValue.InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidParameterValue.InvalidTimeFormat" = "时间格式不合法。",
        "InvalidParameterValue.InvalidUserDataFormat" = "UserData格式错误, 需要base64编码格式",
        "InvalidParameterValue.InvalidVpcIdSubnetIdNotFound" = "这个特别的VpcId or SubnetId在弹性网库数据结构未发现",
        "InvalidParameterValue.IspNotSupportForEdgeZone" = "边缘可用区不支持这个运营商。",
        "InvalidParameterValue.IspValueRepeated" = "重复指定了运营商参数值。",
        "InvalidParameterValue.KeyPairNotFound" = "请确认密钥是否存在。",
        "InvalidParameterValue.LaunchTemplateIdMalformed" = "实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.LaunchTemplateIdNotExisted" = "实例启动模板ID不存在。",
        "InvalidParameterValue.LaunchTemplateNotFound" = "实例启动模板未找到。",
        "InvalidParameterValue.LaunchTemplateVersion" = "无效的实例启动模板版本号。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.MustDhcpEnabledVpc" = "参数值必须为开启DHCP的VPC",
        "InvalidParameterValue.MustEnabledIsRdma" = "参数值必须为开启弹性rdma接口",
        "InvalidParameterValue.NotCdcSubnet" = "子网不属于该cdc集群。",
        "InvalidParameterValue.Range" = "无效参数值。参数值取值范围不合法。",
        "InvalidParameterValue.SnapshotIdMalformed" = "快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.SubnetIdMalformed" = "子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字",
        "InvalidParameterValue.SubnetIdZoneIdNotMatch" = "子网ID所在可用区与实例所在区不匹配。",
        "InvalidParameterValue.SubnetNotExist" = "创建失败，您指定的子网不存在，请您重新指定",
        "InvalidParameterValue.TagKeyNotFound" = "指定的标签不存在。",
        "InvalidParameterValue.TagQuotaLimitExceeded" = "标签配额超限。",
        "InvalidParameterValue.ThreadPerCoreValue" = "每核心线程数不合法。",
        "InvalidParameterValue.TooLarge" = "参数值超过最大限制。",
        "InvalidParameterValue.VpcIdMalformed" = "VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。",
        "InvalidParameterValue.VpcIdNotExist" = "指定的VpcId不存在。",
        "InvalidParameterValue.VpcIdSubnetIdNotMatch" = "指定的VpcId和SubnetId不匹配。",
        "InvalidParameterValue.VpcIdZoneIdNotMatch" = "VPC网络与实例不在同一可用区",
        "InvalidParameterValue.VpcNotSupportIpv6Address" = "该VPC不支持ipv6。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "InvalidPassword" = "无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。",
        "InvalidPeriod" = "无效时长。目前只支持时长：\\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\\]，单位：月。",
        "InvalidPermission" = "账户不支持该操作。",
        "InvalidProjectId.NotFound" = "无效的项目ID，指定的项目ID不存在。",
        "InvalidSecurityGroupId.NotFound" = "指定的`安全组ID`不存在。",
        "InvalidZone.MismatchRegion" = "指定的`zone`不存在。",
        "LimitExceeded.CvmInstanceQuota" = "已达到可购买实例的配额上限。",
        "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" = "安全组关联云主机弹性网卡配额超限。",
        "LimitExceeded.DisasterRecoverGroup" = "指定置放群组配额不足。",
        "LimitExceeded.IPv6AddressNum" = "IP数量超过网卡上限。",
        "LimitExceeded.InstanceEniNumLimit" = "实例指定的弹性网卡数目超过了实例弹性网卡数目配额。",
        "LimitExceeded.InstanceQuota" = "当前配额不足够生产指定数量的实例",
        "LimitExceeded.PrepayQuota" = "预付费实例已购买数量已达到最大配额，请提升配额后重试。",
        "LimitExceeded.PrepayUnderwriteQuota" = "包销付费实例已购买数量已达到最大配额。",
        "LimitExceeded.SingleUSGQuota" = "安全组限额不足",
        "LimitExceeded.SpotQuota" = "竞价实例类型配额不足",
        "LimitExceeded.UserSpotQuota" = "竞价实例配额不足",
        "LimitExceeded.VpcSubnetNum" = "子网IP不足",
        "MissingParameter.DPDKInstanceTypeRequiredVPC" = "DPDK实例机型要求VPC网络",
        "MissingParameter.MonitorService" = "该实例类型必须开启云监控服务",
        "OperationDenied.AccountNotSupported" = "不支持该账户的操作。",
        "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork" = "不允许未配置部署网络的CHC安装云上镜像。",
        "OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip" = "非带宽上移用户不允许申请边缘可用区外网IP。",
        "ResourceInsufficient.AvailabilityZoneSoldOut" = "该可用区已售罄",
        "ResourceInsufficient.CidrBlock" = "网段资源不足。",
        "ResourceInsufficient.CloudDiskSoldOut" = "指定的云盘规格已售罄",
        "ResourceInsufficient.CloudDiskUnavailable" = "云盘参数不符合规范",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota" = "实例个数超过容灾组的配额",
        "ResourceInsufficient.InsufficientOfferingMinimum" = "库存不满足最小数量。",
        "ResourceInsufficient.SpecifiedInstanceType" = "指定的实例类型库存不足。",
        "ResourceNotFound.HpcCluster" = "高性能计算集群不存在。",
        "ResourceNotFound.KeyPairNotFound" = "指定密钥对不存在。",
        "ResourceNotFound.NoDefaultCbs" = "无可用的缺省类型的CBS资源。",
        "ResourceNotFound.NoDefaultCbsWithReason" = "无可用的缺省类型的CBS资源。",
        "ResourceUnavailable.InstanceType" = "该可用区不售卖此机型",
        "ResourcesSoldOut.EipInsufficient" = "公网IP已售罄。",
        "ResourcesSoldOut.SpecifiedInstanceType" = "指定的实例类型已售罄。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnsupportedOperation.BandwidthPackageIdNotSupported" = "指定的实例付费模式或者网络付费模式不支持共享带宽包",
        "UnsupportedOperation.HibernationOsVersion" = "当前的镜像不支持休眠。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceTypeNotSupportConfidentiality" = "实例类型不支持设置`Confidentiality` 状态",
        "UnsupportedOperation.InstanceTypeNotSupportGridLicence" = "实例类型不支持设置`GridDriverService` 状态",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" = "实例类型不支持设置`EnableJumboFrame` 状态",
        "UnsupportedOperation.InstancesEnableJumboWithoutReboot" = "不支持不重启情况下修改Jumbo Frame状态",
        "UnsupportedOperation.InvalidDisk" = "不支持指定的磁盘",
        "UnsupportedOperation.InvalidRegionDiskEncrypt" = "指定的地域不支持加密盘。",
        "UnsupportedOperation.KeyPairUnsupportedWindows" = "密钥不支持Windows操作系统",
        "UnsupportedOperation.MinCountUnsupportedChargeType" = "此计费方式不支持部分发货MinCount参数",
        "UnsupportedOperation.MinCountUnsupportedRegion" = "此区域暂不支持部分发货MinCount参数",
        "UnsupportedOperation.NoInstanceTypeSupportSpot" = "该实例类型不支持竞价计费",
        "UnsupportedOperation.NotSupportImportInstancesActionTimer" = "针对当前实例设置定时任务失败。",
        "UnsupportedOperation.OnlyForPrepaidAccount" = "该操作仅支持预付费账户",
        "UnsupportedOperation.PeriodicContractNotSupportManualRenew" = "该机型为周期合约机型不支持手动续费模式",
        "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" = "当前镜像不支持对该实例的重装操作。",
        "UnsupportedOperation.SpotUnsupportedRegion" = "该地域不支持竞价实例。",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" = "该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。",
        "UnsupportedOperation.UnsupportedInternationalUser" = "请求不支持国际版账号",
        "VpcAddrNotInSubNet" = "私有网络ip不在子网内。",
        "VpcIpIsUsed" = "私有网络ip已经被使用。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RunInstances {
    /// If you use this API to create instance(s), this parameter will be returned, representing one or more instance IDs. Retuning the instance ID list does not necessarily mean that the instance(s) were created successfully. To check whether the instance(s) were created successfully, you can call [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) and check the status of the instances in `InstancesSet` in the response. If the status of an instance changes from "PENDING" to "RUNNING", it means that the instance has been created successfully.
    ///
    /// 当通过本接口来创建实例时会返回该参数，表示一个或多个实例`ID`。返回实例`ID`列表并不代表实例创建成功，可根据 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口查询返回的InstancesSet中对应实例的`ID`的状态来判断创建是否完成；如果实例状态由“PENDING(创建中)”变为“RUNNING(运行中)”，则为创建成功。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id_set: Option<Vec<String>>,
}

/// Starts instances (启动实例): the response of `StartInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "StartInstances",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateRunning" = "请求不支持开机状态的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StartInstances;

/// Shuts down instances (关闭实例): the response of `StopInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "StopInstances",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidParameterCombination" = "表示参数组合不正确。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.ZoneNotSupported" = "请求不支持该可用区",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.HibernationForNormalInstance" = "不支持未开启休眠功能的实例。",
        "UnsupportedOperation.InstanceReinstallFailed" = "当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateCorrupted" = "请求不支持永久故障的实例。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateRescueMode" = "请求不支持救援模式的实例",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate" = "不支持正在服务迁移的实例，请稍后再试",
        "UnsupportedOperation.InstanceStateShutdown" = "请求不支持隔离状态的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopped" = "请求不支持已关机的实例",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.StoppedModeStopCharging" = "不支持关机不收费特性"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct StopInstances;

/// Syncs an image (同步镜像): the response of `SyncImages`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "SyncImages",
    errors(
        "FailedOperation.InvalidImageState" = "镜像状态繁忙，请稍后重试。",
        "ImageQuotaLimitExceeded" = "镜像配额超过了限制。",
        "InvalidImageId.IncorrectState" = "镜像状态不合法。",
        "InvalidImageId.Malformed" = "错误的镜像Id格式。",
        "InvalidImageId.NotFound" = "未找到该镜像。",
        "InvalidImageId.TooLarge" = "镜像大小超过限制。",
        "InvalidImageName.Duplicate" = "镜像名称与原有镜像重复。",
        "InvalidParameter.InstanceImageNotSupport" = "当前接口不支持实例镜像。",
        "InvalidParameter.InvalidKmsKeyId" = "指定的 KMS 密钥 ID 非法。",
        "InvalidParameterValue.InvalidImageId" = "镜像不允许执行该操作",
        "InvalidParameterValue.InvalidImageState" = "镜像被其他操作占用，请检查，并稍后重试。",
        "InvalidParameterValue.InvalidRegion" = "Region ID不可用。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidRegion.NotFound" = "未找到该区域。",
        "InvalidRegion.Unavailable" = "该区域目前不支持同步镜像。",
        "UnsupportedOperation.EncryptedImagesNotSupported" = "不支持加密镜像。",
        "UnsupportedOperation.LocationImageNotSupported" = "此请求不支持该区域镜像,请更换其他镜像。",
        "UnsupportedOperation.Region" = "不支持该地域",
        "UnsupportedOperation.SyncEncryptImageNotSupport" = "指定的镜像不支持转为加密自定义镜像。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct SyncImages {
    /// ID of the image created in the destination region
    ///
    /// 目的地域的镜像ID信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_set: Option<Vec<SyncImage>>,
}

/// Returns instances (退还实例): the response of `TerminateInstances`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "TerminateInstances",
    errors(
        "FailedOperation.InvalidInstanceApplicationRole" = "不支持操作的applicationRole实例",
        "FailedOperation.InvalidInstanceApplicationRoleEmr" = "请求不支持`EMR`的实例`ins-xxxxxxxx`。",
        "FailedOperation.Unreturnable" = "实例无法退还。",
        "InternalError.TradeUnknownError" = "内部错误",
        "InternalServerError" = "操作内部错误。",
        "InvalidAccount.UnpaidOrder" = "账户有未支付订单。",
        "InvalidInstance.NotSupported" = "不被支持的实例。",
        "InvalidInstanceId.Malformed" = "无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。",
        "InvalidInstanceId.NotFound" = "没有找到相应实例。",
        "InvalidInstanceNotSupportedPrepaidInstance" = "该实例不满足包月[退还规则](https://cloud.tencent.com/document/product/213/9711)。",
        "InvalidParameterValue.InstanceIdMalformed" = "实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。",
        "InvalidParameterValue.InvalidAppIdFormat" = "无效的appid。",
        "InvalidParameterValue.LimitExceeded" = "参数值数量超过限制。",
        "InvalidParameterValue.NotSupported" = "不支持的操作。",
        "LimitExceeded.UserReturnQuota" = "退还失败，退还配额已达上限。",
        "MutexOperation.TaskRunning" = "同样的任务正在运行。",
        "OperationDenied.InstanceOperationInProgress" = "实例正在执行其他操作，请稍后再试。",
        "UnauthorizedOperation.InvalidToken" = "请确认Token是否有效。",
        "UnauthorizedOperation.MFAExpired" = "您无法进行当前操作，请确认多因子认证（MFA）是否失效。",
        "UnauthorizedOperation.MFANotFound" = "没有权限进行此操作，请确认是否存在多因子认证（MFA）。",
        "UnsupportedOperation.InstanceChargeType" = "请求不支持该实例计费模式",
        "UnsupportedOperation.InstanceMixedPricingModel" = "不支持混合付费模式。",
        "UnsupportedOperation.InstanceStateBanning" = "该子机处于封禁状态，请联系相关人员处理。",
        "UnsupportedOperation.InstanceStateEnterRescueMode" = "请求不支持进入救援模式的实例",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" = "不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateExitRescueMode" = "请求不支持正在退出救援模式的实例",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" = "不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。",
        "UnsupportedOperation.InstanceStateFreezing" = "操作不支持已冻结的实例。",
        "UnsupportedOperation.InstanceStateIsolating" = "请求不支持正在隔离状态的实例。",
        "UnsupportedOperation.InstanceStateLaunchFailed" = "不支持操作创建失败的实例。",
        "UnsupportedOperation.InstanceStatePending" = "请求不支持创建未完成的实例",
        "UnsupportedOperation.InstanceStateRebooting" = "请求不支持正在重启的实例",
        "UnsupportedOperation.InstanceStateStarting" = "实例开机中，不允许该操作。",
        "UnsupportedOperation.InstanceStateStopping" = "请求不支持正在关机的实例",
        "UnsupportedOperation.InstanceStateTerminated" = "不支持已销毁的实例",
        "UnsupportedOperation.InstanceStateTerminating" = "请求不支持正在销毁的实例",
        "UnsupportedOperation.InstancesProtected" = "不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。",
        "UnsupportedOperation.InvalidInstancesOwner" = "用户无权限操作当前实例。",
        "UnsupportedOperation.RedHatInstanceTerminateUnsupported" = "实例使用商业操作系统，不支持退还。",
        "UnsupportedOperation.RedHatInstanceUnsupported" = "请求不支持操作系统为RedHat的实例。",
        "UnsupportedOperation.Region" = "不支持该地域",
        "UnsupportedOperation.SpecialInstanceType" = "请求不支持特殊机型的实例",
        "UnsupportedOperation.UserLimitOperationExceedQuota" = "用户限额操作的配额不足。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateInstances;

/// 销毁实例资源池预扣包: the response of `TerminateResourcePoolPacks`.
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
#[tencent_action::tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "TerminateResourcePoolPacks",
    errors(
        "InternalServerError" = "操作内部错误。",
        "InvalidParameterValue.ResourcePoolPackIdMalformed" = "指定的资源池ID格式错误。请确保在请求中提供完整的资源池ID，格式为`rpp-xxxxxxxx`",
        "InvalidParameterValue.ResourcePoolPackStatus" = "指定的资源池状态不符合预期",
        "ResourceNotFound.ResourcePoolPackIdNotFound" = "指定的资源池ID不存在",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser" = "该资源池对用户不可见"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateResourcePoolPacks;
