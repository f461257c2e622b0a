//! Each action's request.

use super::actions::*;

use super::model::*;

/// Rolls back a backup point (回滚备份点): the request of `ApplyDiskBackup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ApplyDiskBackup`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyDiskBackupRequest {
    /// Cloud disk backup point ID. can be queried through the [DescribeDiskBackups](https://www.tencentcloud.com/document/product/362/80278?from_cn_redirect=1) api.
    ///
    /// 云硬盘备份点ID，可以通过[DescribeDiskBackups](https://cloud.tencent.com/document/product/362/80278)接口查询。
    pub disk_backup_id: String,
    /// Original cloud disk ID of the backup point. can be queried through the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api.
    ///
    /// 云硬盘备份点原云硬盘ID，可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查。
    pub disk_id: String,
    /// Specifies whether to enable automatic shutdown before rolling back the CBS backup point. defaults to FALSE, which means no automatic shutdown.
    ///
    /// 回滚云硬盘备份点前是否自动关机，默认为FALSE，表示不自动关机
    pub auto_stop_instance: Option<bool>,
    /// Whether to automatically start after rolling back the cloud disk backup point, default to FALSE, means do not auto boot. the AutoStartInstance parameter can only be set to true when AutoStopInstance is true.
    ///
    /// 回滚云硬盘备份点完成后是否自动开机，默认为FALSE，表示不自动开机; AutoStartInstance参数需要在AutoStopInstance为true时才能为true。
    pub auto_start_instance: Option<bool>,
}

impl serde::Serialize for ApplyDiskBackupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ApplyDiskBackupRequest",
            2 + usize::from(self.auto_stop_instance.is_some())
                + usize::from(self.auto_start_instance.is_some()),
        )?;
        s.field("DiskBackupId", &self.disk_backup_id)?;
        s.field("DiskId", &self.disk_id)?;
        s.optional("AutoStopInstance", &self.auto_stop_instance)?;
        s.optional("AutoStartInstance", &self.auto_start_instance)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ApplyDiskBackupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ApplyDiskBackupRequest {
    const NAME: &'static str = "ApplyDiskBackupRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskBackupId",
        "DiskId",
        "AutoStopInstance",
        "AutoStartInstance",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_backup_id: f0,
                    disk_id: f1,
                    auto_stop_instance: r.or_default(f2),
                    auto_start_instance: r.or_default(f3),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ApplyDiskBackupRequest {
    /// The request with its required members (`DiskBackupId`, `DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_backup_id: impl Into<String>, disk_id: impl Into<String>) -> Self {
        Self {
            disk_backup_id: disk_backup_id.into(),
            disk_id: disk_id.into(),
            auto_stop_instance: None,
            auto_start_instance: None,
        }
    }
}

impl tencent_action::Request for ApplyDiskBackupRequest {
    type Action = ApplyDiskBackup;
}

/// Rolls back a snapshot (回滚快照): the request of `ApplySnapshot`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ApplySnapshot`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApplySnapshotRequest {
    /// Snapshot ID, which can be queried via [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1).
    ///
    /// 快照ID, 可通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)查询。
    pub snapshot_id: String,
    /// ID of the original cloud disk corresponding to the snapshot, which can be queried via the API [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1).
    ///
    /// 快照原云硬盘ID，可通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: String,
    /// Specifies whether to perform automatic shutdown before rolling back. only supports rolling back snapshots to mounted cbs.
    ///
    /// Specifies whether AutoStartInstance can be set to true when this parameter is true.
    ///
    /// 回滚前是否执行自动关机，仅支持回滚快照至已挂载的云硬盘时传入。
    ///
    /// 此参数为true时，AutoStartInstance才能为true。
    pub auto_stop_instance: Option<bool>,
    /// Specifies whether to automatically start after completion. only supports rolling back snapshots to mounted cbs. this parameter requires simultaneous parameter passing of AutoStopInstance.
    ///
    /// 回滚完成后是否自动开机，仅支持回滚快照至已挂载的云硬盘时传入。该参数传入时，需要同时传入AutoStopInstance参数。
    pub auto_start_instance: Option<bool>,
}

impl serde::Serialize for ApplySnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ApplySnapshotRequest",
            2 + usize::from(self.auto_stop_instance.is_some())
                + usize::from(self.auto_start_instance.is_some()),
        )?;
        s.field("SnapshotId", &self.snapshot_id)?;
        s.field("DiskId", &self.disk_id)?;
        s.optional("AutoStopInstance", &self.auto_stop_instance)?;
        s.optional("AutoStartInstance", &self.auto_start_instance)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ApplySnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ApplySnapshotRequest {
    const NAME: &'static str = "ApplySnapshotRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotId",
        "DiskId",
        "AutoStopInstance",
        "AutoStartInstance",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    snapshot_id: f0,
                    disk_id: f1,
                    auto_stop_instance: r.or_default(f2),
                    auto_start_instance: r.or_default(f3),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ApplySnapshotRequest {
    /// The request with its required members (`SnapshotId`, `DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_id: impl Into<String>, disk_id: impl Into<String>) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
            disk_id: disk_id.into(),
            auto_stop_instance: None,
            auto_start_instance: None,
        }
    }
}

impl tencent_action::Request for ApplySnapshotRequest {
    type Action = ApplySnapshot;
}

/// Rollback a snapshot group (回滚快照组): the request of `ApplySnapshotGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ApplySnapshotGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApplySnapshotGroupRequest {
    /// Specifies the snapshot group ID rolled back.
    ///
    /// 回滚的快照组ID。
    pub snapshot_group_id: String,
    /// Specifies the snapshot ID associated with the rollback snapshot group and the original cloud disk ID list of the corresponding snapshot.
    ///
    /// 回滚的快照组关联的快照ID，及快照对应的原云硬盘ID列表。
    pub apply_disks: Vec<ApplyDisk>,
    /// Specifies whether to perform automatic shutdown before rollback.
    ///
    /// 回滚前是否执行自动关机。
    pub auto_stop_instance: Option<bool>,
    /// Specifies whether to automatically start after completion.
    ///
    /// 回滚完成后是否自动开机。
    pub auto_start_instance: Option<bool>,
}

impl serde::Serialize for ApplySnapshotGroupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ApplySnapshotGroupRequest",
            2 + usize::from(self.auto_stop_instance.is_some())
                + usize::from(self.auto_start_instance.is_some()),
        )?;
        s.field("SnapshotGroupId", &self.snapshot_group_id)?;
        s.field("ApplyDisks", &self.apply_disks)?;
        s.optional("AutoStopInstance", &self.auto_stop_instance)?;
        s.optional("AutoStartInstance", &self.auto_start_instance)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ApplySnapshotGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ApplySnapshotGroupRequest {
    const NAME: &'static str = "ApplySnapshotGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotGroupId",
        "ApplyDisks",
        "AutoStopInstance",
        "AutoStartInstance",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    snapshot_group_id: f0,
                    apply_disks: f1,
                    auto_stop_instance: r.or_default(f2),
                    auto_start_instance: r.or_default(f3),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ApplySnapshotGroupRequest {
    /// The request with its required members (`SnapshotGroupId`, `ApplyDisks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_group_id: impl Into<String>,
        apply_disks: impl IntoIterator<Item = ApplyDisk>,
    ) -> Self {
        Self {
            snapshot_group_id: snapshot_group_id.into(),
            apply_disks: apply_disks.into_iter().collect(),
            auto_stop_instance: None,
            auto_start_instance: None,
        }
    }
}

impl tencent_action::Request for ApplySnapshotGroupRequest {
    type Action = ApplySnapshotGroup;
}

/// Mounting Cloud Disks (挂载云硬盘): the request of `AttachDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct AttachDisksRequest {
    /// ID of the CVM instance on which the cloud disk will be mounted. It can be queried via the API [DescribeInstances](https://intl.cloud.tencent.com/document/product/213/15728?from_cn_redirect=1).
    ///
    /// 云服务器实例ID。云盘将被挂载到此云服务器上，通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口查询。
    pub instance_id: String,
    /// ID of the elastic cloud disk to be mounted, which can be queried through the API [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1). A maximum of 10 elastic cloud disks can be mounted in a single request.
    ///
    /// 将要被挂载的弹性云盘ID。通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。单次最多可挂载10块弹性云盘。
    pub disk_ids: Vec<String>,
    /// Optional parameter. If this is not passed only the mount operation is executed. If `True` is passed, the cloud disk will be configured to be terminated when the server it is mounted to is terminated. This is only valid for pay-as-you-go cloud disks.
    ///
    /// 可选参数，不传该参数则仅执行挂载操作。传入`True`时，会在挂载成功后将云硬盘设置为随云主机销毁模式，仅对按量计费云硬盘有效。
    pub delete_with_instance: Option<bool>,
    /// Optional parameter, used to control the mount mode used in cloud disk mounting, currently only applicable to blackstone bare metal model. valid values:
    ///
    /// - PF
    ///
    /// - VF
    ///
    /// .
    ///
    /// 可选参数，用于控制云盘挂载时使用的挂载模式，目前仅对黑石裸金属机型有效。取值范围：
    ///
    /// - PF
    ///
    /// - VF
    pub attach_mode: Option<String>,
}

impl serde::Serialize for AttachDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AttachDisksRequest",
            2 + usize::from(self.delete_with_instance.is_some())
                + usize::from(self.attach_mode.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("DeleteWithInstance", &self.delete_with_instance)?;
        s.optional("AttachMode", &self.attach_mode)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AttachDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AttachDisksRequest {
    const NAME: &'static str = "AttachDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "DiskIds",
        "DeleteWithInstance",
        "AttachMode",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    disk_ids: f1,
                    delete_with_instance: r.or_default(f2),
                    attach_mode: r.or_default(f3),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl AttachDisksRequest {
    /// The request with its required members (`InstanceId`, `DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl Into<String>,
        disk_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            delete_with_instance: None,
            attach_mode: None,
        }
    }
}

impl tencent_action::Request for AttachDisksRequest {
    type Action = AttachDisks;
}

/// 挂载弹性单副本SSD硬盘: the request of `AttachRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct AttachRemoteDisksRequest {
    /// 指定待挂载单副本SSD硬盘的CVM实例。
    pub instance_id: String,
    /// 一个或多个待挂载的单副本SSD硬盘ID。
    pub remote_disk_ids: Vec<String>,
}

impl serde::Serialize for AttachRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AttachRemoteDisksRequest",
            2,
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AttachRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AttachRemoteDisksRequest {
    const NAME: &'static str = "AttachRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId", "RemoteDiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    remote_disk_ids: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl AttachRemoteDisksRequest {
    /// The request with its required members (`InstanceId`, `RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl Into<String>,
        remote_disk_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AttachRemoteDisksRequest {
    type Action = AttachRemoteDisks;
}

/// Binding a Scheduled Snapshot Policy (绑定定期快照策略): the request of `BindAutoSnapshotPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`BindAutoSnapshotPolicy`].
#[derive(Debug, Clone, PartialEq)]
pub struct BindAutoSnapshotPolicyRequest {
    /// Specifies the ID of the regular snapshot policy to bind. query via the DescribeAutoSnapshotPolicies api (<https://www.tencentcloud.com/document/api/362/33556?from_cn_redirect=1>).
    ///
    /// 要绑定的定期快照策略ID，通过[DescribeAutoSnapshotPolicies](https://cloud.tencent.com/document/api/362/33556)接口查询。
    pub auto_snapshot_policy_id: String,
    /// List of cloud disk IDs to be bound. Maximum of 80 cloud disks can be bound per request.
    ///
    /// 要绑定的云硬盘ID列表，一次请求最多绑定80块云盘。
    pub disk_ids: Option<Vec<String>>,
}

impl serde::Serialize for BindAutoSnapshotPolicyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BindAutoSnapshotPolicyRequest",
            1 + usize::from(self.disk_ids.is_some()),
        )?;
        s.field("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.optional("DiskIds", &self.disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for BindAutoSnapshotPolicyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for BindAutoSnapshotPolicyRequest {
    const NAME: &'static str = "BindAutoSnapshotPolicyRequest";
    const FIELDS: &'static [&'static str] = &["AutoSnapshotPolicyId", "DiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    auto_snapshot_policy_id: f0,
                    disk_ids: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl BindAutoSnapshotPolicyRequest {
    /// The request with its required members (`AutoSnapshotPolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(auto_snapshot_policy_id: impl Into<String>) -> Self {
        Self {
            auto_snapshot_policy_id: auto_snapshot_policy_id.into(),
            disk_ids: None,
        }
    }
}

impl tencent_action::Request for BindAutoSnapshotPolicyRequest {
    type Action = BindAutoSnapshotPolicy;
}

/// 自动快照策略的跨账号复制: the request of `CopyAutoSnapshotPolicyCrossAccount`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CopyAutoSnapshotPolicyCrossAccount`].
#[derive(Debug, Clone, PartialEq)]
pub struct CopyAutoSnapshotPolicyCrossAccountRequest {
    /// 要备份的定期快照策略ID列表
    pub auto_snapshot_policy_ids: Vec<String>,
    /// 目标账户uin
    pub target_account_uin: String,
}

impl serde::Serialize for CopyAutoSnapshotPolicyCrossAccountRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CopyAutoSnapshotPolicyCrossAccountRequest",
            2,
        )?;
        s.field("AutoSnapshotPolicyIds", &self.auto_snapshot_policy_ids)?;
        s.field("TargetAccountUin", &self.target_account_uin)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CopyAutoSnapshotPolicyCrossAccountRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for CopyAutoSnapshotPolicyCrossAccountRequest {
    const NAME: &'static str = "CopyAutoSnapshotPolicyCrossAccountRequest";
    const FIELDS: &'static [&'static str] = &[
        "AutoSnapshotPolicyIds",
        "TargetAccountUin",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    auto_snapshot_policy_ids: f0,
                    target_account_uin: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl CopyAutoSnapshotPolicyCrossAccountRequest {
    /// The request with its required members (`AutoSnapshotPolicyIds`, `TargetAccountUin`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        auto_snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
        target_account_uin: impl Into<String>,
    ) -> Self {
        Self {
            auto_snapshot_policy_ids: auto_snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            target_account_uin: target_account_uin.into(),
        }
    }
}

impl tencent_action::Request for CopyAutoSnapshotPolicyCrossAccountRequest {
    type Action = CopyAutoSnapshotPolicyCrossAccount;
}

/// Replicates a snapshot to another region (快照跨地域复制): the request of `CopySnapshotCrossRegions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CopySnapshotCrossRegions`].
#[derive(Debug, Clone, PartialEq)]
pub struct CopySnapshotCrossRegionsRequest {
    /// Destination regions of the replication task. You can query the value of regions by calling [DescribeRegions](https://www.tencentcloud.com/document/product/1271/71925) API. Note that you can only specify regions that support snapshots.
    ///
    /// 快照需要复制到的目标地域，各地域的标准取值可通过接口[DescribeRegions](https://cloud.tencent.com/document/product/213/9456)查询，且只能传入支持快照的地域。
    pub destination_regions: Vec<String>,
    /// Snapshot ID, which can be queried via the [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1) API.
    ///
    /// 需要跨地域复制的源快照ID，可通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)查询。
    pub snapshot_id: Option<String>,
    /// Name of the snapshot replica. If it is not specified, it defaults to Copied \[source snapshot ID from \[region name\]
    ///
    /// 新复制快照的名称，如果不传，则默认取值为“Copied 源快照ID from 地域名”。
    pub snapshot_name: Option<String>,
}

impl serde::Serialize for CopySnapshotCrossRegionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CopySnapshotCrossRegionsRequest",
            1 + usize::from(self.snapshot_id.is_some())
                + usize::from(self.snapshot_name.is_some()),
        )?;
        s.field("DestinationRegions", &self.destination_regions)?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("SnapshotName", &self.snapshot_name)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CopySnapshotCrossRegionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CopySnapshotCrossRegionsRequest {
    const NAME: &'static str = "CopySnapshotCrossRegionsRequest";
    const FIELDS: &'static [&'static str] = &[
        "DestinationRegions",
        "SnapshotId",
        "SnapshotName",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    destination_regions: f0,
                    snapshot_id: r.or_default(f1),
                    snapshot_name: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl CopySnapshotCrossRegionsRequest {
    /// The request with its required members (`DestinationRegions`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        destination_regions: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            destination_regions: destination_regions
                .into_iter()
                .map(Into::into)
                .collect(),
            snapshot_id: None,
            snapshot_name: None,
        }
    }
}

impl tencent_action::Request for CopySnapshotCrossRegionsRequest {
    type Action = CopySnapshotCrossRegions;
}

/// Creating a Scheduled Snapshot Policy (创建定期快照策略): the request of `CreateAutoSnapshotPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAutoSnapshotPolicy`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAutoSnapshotPolicyRequest {
    /// The policy for executing the scheduled snapshot.
    ///
    /// 定期快照的执行策略。
    pub policy: Vec<Policy>,
    /// Whether to create an execution policy for the scheduled snapshot. TRUE: Only the time of the initial backup needs to be obtained, and no scheduled snapshot policy is actually created. FALSE: Create. The default value is FALSE.
    ///
    /// 是否创建定期快照的执行策略。TRUE表示只需获取首次开始备份的时间，不实际创建定期快照策略，FALSE表示创建，默认为FALSE。
    pub dry_run: Option<bool>,
    /// Whether or not the scheduled snapshot policy is activated. FALSE: Not activated. TRUE: Activated. The default value is TRUE.
    ///
    /// 是否激活定期快照策略，FALSE表示未激活，TRUE表示激活，默认为TRUE。
    pub is_activated: Option<bool>,
    /// The name of the scheduled snapshot policy to be created. If it is left empty, the default is 'Not named'. The maximum length cannot exceed 60 bytes.
    ///
    /// 要创建的定期快照策略名。不传则默认为“未命名”。最大长度不能超60个字节。
    pub auto_snapshot_policy_name: Option<String>,
    /// Whether the snapshot created by this scheduled snapshot policy is retained permanently. FALSE: Not retained permanently. TRUE: Retained permanently. The default value is FALSE.
    ///
    /// 通过该定期快照策略创建的快照是否永久保留。FALSE表示非永久保留，TRUE表示永久保留，默认为FALSE。
    pub is_permanent: Option<bool>,
    /// The number of days that a snapshot created by this scheduled snapshot policy is retained. The default value is 7. If this parameter is specified, the IsPermanent input parameter can not be TRUE, otherwise a conflict will occur.
    ///
    /// 通过该定期快照策略创建的快照保留天数，默认保留7天。如果指定本参数，则IsPermanent入参不可指定为TRUE，否则会产生冲突。
    pub retention_days: Option<u64>,
}

impl serde::Serialize for CreateAutoSnapshotPolicyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateAutoSnapshotPolicyRequest",
            1 + usize::from(self.dry_run.is_some())
                + usize::from(self.is_activated.is_some())
                + usize::from(self.auto_snapshot_policy_name.is_some())
                + usize::from(self.is_permanent.is_some())
                + usize::from(self.retention_days.is_some()),
        )?;
        s.field("Policy", &self.policy)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("IsActivated", &self.is_activated)?;
        s.optional("AutoSnapshotPolicyName", &self.auto_snapshot_policy_name)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("RetentionDays", &self.retention_days)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateAutoSnapshotPolicyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateAutoSnapshotPolicyRequest {
    const NAME: &'static str = "CreateAutoSnapshotPolicyRequest";
    const FIELDS: &'static [&'static str] = &[
        "Policy",
        "DryRun",
        "IsActivated",
        "AutoSnapshotPolicyName",
        "IsPermanent",
        "RetentionDays",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    policy: f0,
                    dry_run: r.or_default(f1),
                    is_activated: r.or_default(f2),
                    auto_snapshot_policy_name: r.or_default(f3),
                    is_permanent: r.or_default(f4),
                    retention_days: r.or_default(f5),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl CreateAutoSnapshotPolicyRequest {
    /// The request with its required members (`Policy`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(policy: impl IntoIterator<Item = Policy>) -> Self {
        Self {
            policy: policy.into_iter().collect(),
            dry_run: None,
            is_activated: None,
            auto_snapshot_policy_name: None,
            is_permanent: None,
            retention_days: None,
        }
    }
}

impl tencent_action::Request for CreateAutoSnapshotPolicyRequest {
    type Action = CreateAutoSnapshotPolicy;
}

/// Creates a backup point for a cloud disk (创建云硬盘备份点): the request of `CreateDiskBackup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDiskBackup`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDiskBackupRequest {
    /// Name of the cloud disk for which to create a backup point.
    ///
    /// 要创建备份点的云硬盘名称。
    pub disk_id: String,
    /// Name of the cloud disk backup point, which can contain up to 100 characters.
    ///
    /// 云硬盘备份点名称。长度不能超过100个字符。
    pub disk_backup_name: Option<String>,
}

impl serde::Serialize for CreateDiskBackupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateDiskBackupRequest",
            1 + usize::from(self.disk_backup_name.is_some()),
        )?;
        s.field("DiskId", &self.disk_id)?;
        s.optional("DiskBackupName", &self.disk_backup_name)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateDiskBackupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateDiskBackupRequest {
    const NAME: &'static str = "CreateDiskBackupRequest";
    const FIELDS: &'static [&'static str] = &["DiskId", "DiskBackupName"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_id: f0,
                    disk_backup_name: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl CreateDiskBackupRequest {
    /// The request with its required members (`DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_id: impl Into<String>) -> Self {
        Self {
            disk_id: disk_id.into(),
            disk_backup_name: None,
        }
    }
}

impl tencent_action::Request for CreateDiskBackupRequest {
    type Action = CreateDiskBackup;
}

/// Creates cloud disks (创建云硬盘): the request of `CreateDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDisksRequest {
    /// Location of the instance. You can use this parameter to specify the attributes of the instance, such as its availability zone and project. If no project is specified, the default project will be used.
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目。若不指定项目，将在默认项目下进行创建。
    pub placement: Placement,
    /// Cloud disk billing mode. POSTPAID_BY_HOUR: Pay-as-you-go by hour
    ///
    /// - CDCPAID: Billed together with the bound dedicated cluster
    ///
    /// For more information on the pricing in each mode, see [Pricing Overview](https://intl.cloud.tencent.com/document/product/362/2413?from_cn_redirect=1).
    ///
    /// 云硬盘计费类型。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    ///
    /// - CDCPAID：独享集群付费
    ///
    /// 各类型价格请参考云硬盘[价格总览](https://cloud.tencent.com/document/product/362/2413)。
    pub disk_charge_type: String,
    /// Hard disk media type. valid values:
    ///
    /// - CLOUD_PREMIUM: indicates high-performance CLOUD block storage
    ///
    /// - CLOUD_BSSD: indicates universal type SSD CLOUD disk
    ///
    /// - CLOUD_SSD: indicates SSD CLOUD disk
    ///
    /// - CLOUD_HSSD: indicates enhanced SSD CLOUD disk
    ///
    /// - CLOUD_TSSD: indicates ultra-fast SSD cbs.
    ///
    /// ultra-fast SSD CBS (CLOUD_TSSD) is only supported when purchased with some instances and not currently supported for separate creation.
    ///
    /// 硬盘介质类型。取值范围：
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// - CLOUD_BSSD：表示通用型SSD云硬盘
    ///
    /// - CLOUD_SSD：表示SSD云硬盘
    ///
    /// - CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// - CLOUD_TSSD：表示极速型SSD云硬盘。
    ///
    /// 极速型SSD云硬盘（CLOUD_TSSD）仅支持随部分实例类型一同购买，暂不支持单独创建。
    pub disk_type: String,
    /// Cloud disk name. If it is not specified, "Unnamed" will be used by default. The maximum length is 60 bytes.
    ///
    /// 云盘显示名称。不传则默认为“未命名”。最大长度不能超60个字节。
    pub disk_name: Option<String>,
    /// Tags bound to the cloud disk.
    ///
    /// 云盘绑定的标签。
    pub tags: Option<Vec<Tag>>,
    /// Snapshot ID. If this parameter is specified, the cloud disk will be created based on the snapshot. The snapshot must be a data disk snapshot. To query the type of a snapshot, call the [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1) API and see the `DiskUsage` field in the response.
    ///
    /// 快照ID，如果传入则根据此快照创建云硬盘，快照类型必须为数据盘快照，可通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口查询快照，见输出参数DiskUsage解释。
    pub snapshot_id: Option<String>,
    /// Number of cloud disks to be created. If it is not specified, `1` will be used by default. There is an upper limit on the maximum number of cloud disks that can be created in a single request. For more information, see [Use Limits](https://intl.cloud.tencent.com/doc/product/362/5145?from_cn_redirect=1).
    ///
    /// 创建云硬盘数量，不传则默认为1。单次请求最多可创建的云盘数有限制，具体参见[云硬盘使用限制](https://cloud.tencent.com/doc/product/362/5145)。
    pub disk_count: Option<u64>,
    /// Use this parameter to purchase additional performance for CLOUD disk in MB/s.
    ///
    /// currently, only extreme CBS (CLOUD_TSSD) and enhanced SSD CLOUD disk (CLOUD_HSSD) are supported.
    ///
    /// 使用此参数可给云硬盘购买额外的性能，单位MB/s。
    ///
    /// 当前仅支持极速型云盘（CLOUD_TSSD）和增强型SSD云硬盘（CLOUD_HSSD）。
    pub throughput_performance: Option<u64>,
    /// Custom key for purchasing encrypted disks. when this parameter is input, the Encrypt parameter cannot be empty.
    ///
    /// 购买加密盘时自定义密钥，当传入该参数时，Encrypt参数不得为空。
    pub kms_key_id: Option<String>,
    /// Cloud disk size in GiB.
    ///
    /// - if `SnapshotId` is input, `DiskSize` can be omitted. at this point, the new cloud disk size will be the snapshot size.
    ///
    /// - if both `SnapshotId` and `DiskSize` are input, the cloud disk size must be greater than or equal to the snapshot size.
    ///
    /// - for the cloud disk size range, please refer to the [product type](https://www.tencentcloud.com/document/product/362/2353?from_cn_redirect=1) of cloud block storage.
    ///
    /// .
    ///
    /// 云硬盘大小，单位为GiB。
    ///
    /// - 如果传入`SnapshotId`则可不传`DiskSize`，此时新建云盘的大小为快照大小
    ///
    /// - 如果传入`SnapshotId`同时传入`DiskSize`，则云盘大小必须大于或等于快照大小
    ///
    /// - 云盘大小取值范围参见云硬盘[产品分类](https://cloud.tencent.com/document/product/362/2353)的说明。
    pub disk_size: Option<u64>,
    /// When True is entered, the cloud disk will be created as a shared cloud disk. default is False. since shared cloud disk does not support encryption, this parameter cannot be imported simultaneously with the Encrypt parameter.
    ///
    /// 传入True时，云盘将创建为共享型云盘，默认为False。因共享型云盘不支持加密，此参数与Encrypt参数不可同时传入。
    pub shareable: Option<bool>,
    /// A unique string supplied by the client to ensure that the request is idempotent. Its maximum length is 64 ASCII characters. If this parameter is not specified, the idempotency of the request cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    pub client_token: Option<String>,
    /// This parameter is used to create an encrypted cloud disk, with the value fixed as ENCRYPT. since shared cloud disk does not support encryption, this parameter cannot be imported simultaneously with the Shareable parameter.
    ///
    /// 传入该参数用于创建加密云盘，取值固定为ENCRYPT。因共享型云盘不支持加密，此参数与Shareable参数不可同时传入。
    pub encrypt: Option<String>,
    /// Prepaid mode, that is, the settings for the monthly subscription-related parameters. through this parameter, you can specify the purchase duration of the monthly subscribed cloud disk, whether to enable auto-renewal, and other attributes. this parameter is required for creating a prepaid cloud disk, but no need to specify it when creating an hourly postpaid cloud disk.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数指定包年包月云盘的购买时长、是否设置自动续费等属性。
    ///
    /// 创建预付费云盘该参数必传，创建按小时后付费云盘无需传该参数。
    pub disk_charge_prepaid: Option<DiskChargePrepaid>,
    /// Delete associated non-permanently retained snapshots when destroying the cloud disk. 0 means non-permanent snapshots are not deleted with cloud disk destruction, 1 means non-permanent snapshots are deleted with cloud disk destruction. default value is 0. whether a snapshot is permanently retained can be determined through the IsPermanent field in the snapshot description returned by the [DescribeSnapshots](https://www.tencentcloud.com/document/api/362/15647?from_cn_redirect=1) api. True represents a permanent snapshot, False represents a non-permanent snapshot.
    ///
    /// 销毁云盘时删除关联的非永久保留快照。0 表示非永久快照不随云盘销毁而销毁，1表示非永久快照随云盘销毁而销毁，默认取0。快照是否永久保留可以通过[DescribeSnapshots](https://cloud.tencent.com/document/api/362/15647)接口返回的快照详情的IsPermanent字段来判断，True表示永久快照，False表示非永久快照。
    pub delete_snapshot: Option<i64>,
    /// Specifies auto mount and initialization of the data disk when creating a cloud disk. this parameter cannot be imported simultaneously with the Encrypt parameter because encrypted disks do not support auto mount or initialization.
    ///
    /// 创建云盘时指定自动挂载并初始化该数据盘。因加密盘不支持自动挂载及初始化，此参数与Encrypt参数不可同时传入。
    pub auto_mount_configuration: Option<AutoMountConfiguration>,
    /// Specifies the cloud disk backup point quota.
    ///
    /// 指定云硬盘备份点配额。
    pub disk_backup_quota: Option<u64>,
    /// Specifies whether to enable burst performance when creating a CLOUD disk. currently only supports extreme cbs (CLOUD_TSSD) and enhanced SSD CLOUD disk (CLOUD_HSSD) with CLOUD disk size greater than or equal to 460GiB.
    ///
    /// 创建云盘时是否开启性能突发。当前仅支持极速型云盘（CLOUD_TSSD）和增强型SSD云硬盘（CLOUD_HSSD）且云盘大小不小于460GiB。
    pub burst_performance: Option<bool>,
    /// Specifies the CBS encryption type. valid values are ENCRYPT_V1 and ENCRYPT_V2, representing first generation and second generation encryption technology respectively. the two encryption technologies are incompatible. it is recommended to prioritize using second generation encryption technology ENCRYPT_V2. first generation encryption is only supported on some outdated models. this parameter is valid only when creating an encrypted cloud disk.
    ///
    /// 指定云硬盘加密类型，取值为ENCRYPT_V1和ENCRYPT_V2，分别表示第一代和第二代加密技术，两种加密技术互不兼容。推荐优先使用第二代加密技术ENCRYPT_V2，第一代加密技术仅支持在部分老旧机型使用。该参数仅当创建加密云硬盘时有效。
    pub encrypt_type: Option<String>,
}

impl serde::Serialize for CreateDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateDisksRequest",
            3 + usize::from(self.disk_name.is_some()) + usize::from(self.tags.is_some())
                + usize::from(self.snapshot_id.is_some())
                + usize::from(self.disk_count.is_some())
                + usize::from(self.throughput_performance.is_some())
                + usize::from(self.kms_key_id.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.shareable.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.disk_charge_prepaid.is_some())
                + usize::from(self.delete_snapshot.is_some())
                + usize::from(self.auto_mount_configuration.is_some())
                + usize::from(self.disk_backup_quota.is_some())
                + usize::from(self.burst_performance.is_some())
                + usize::from(self.encrypt_type.is_some()),
        )?;
        s.field("Placement", &self.placement)?;
        s.field("DiskChargeType", &self.disk_charge_type)?;
        s.field("DiskType", &self.disk_type)?;
        s.optional("DiskName", &self.disk_name)?;
        s.optional("Tags", &self.tags)?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("DiskCount", &self.disk_count)?;
        s.optional("ThroughputPerformance", &self.throughput_performance)?;
        s.optional("KmsKeyId", &self.kms_key_id)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("Shareable", &self.shareable)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.optional("DeleteSnapshot", &self.delete_snapshot)?;
        s.optional("AutoMountConfiguration", &self.auto_mount_configuration)?;
        s.optional("DiskBackupQuota", &self.disk_backup_quota)?;
        s.optional("BurstPerformance", &self.burst_performance)?;
        s.optional("EncryptType", &self.encrypt_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateDisksRequest {
    const NAME: &'static str = "CreateDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "DiskChargeType",
        "DiskType",
        "DiskName",
        "Tags",
        "SnapshotId",
        "DiskCount",
        "ThroughputPerformance",
        "KmsKeyId",
        "DiskSize",
        "Shareable",
        "ClientToken",
        "Encrypt",
        "DiskChargePrepaid",
        "DeleteSnapshot",
        "AutoMountConfiguration",
        "DiskBackupQuota",
        "BurstPerformance",
        "EncryptType",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        let mut f7 = ::core::option::Option::None;
        let mut f8 = ::core::option::Option::None;
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
        let mut f13 = ::core::option::Option::None;
        let mut f14 = ::core::option::Option::None;
        let mut f15 = ::core::option::Option::None;
        let mut f16 = ::core::option::Option::None;
        let mut f17 = ::core::option::Option::None;
        let mut f18 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.plain(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    placement: f0,
                    disk_charge_type: f1,
                    disk_type: f2,
                    disk_name: r.or_default(f3),
                    tags: r.or_default(f4),
                    snapshot_id: r.or_default(f5),
                    disk_count: r.or_default(f6),
                    throughput_performance: r.or_default(f7),
                    kms_key_id: r.or_default(f8),
                    disk_size: r.or_default(f9),
                    shareable: r.or_default(f10),
                    client_token: r.or_default(f11),
                    encrypt: r.or_default(f12),
                    disk_charge_prepaid: r.or_default(f13),
                    delete_snapshot: r.or_default(f14),
                    auto_mount_configuration: r.or_default(f15),
                    disk_backup_quota: r.or_default(f16),
                    burst_performance: r.or_default(f17),
                    encrypt_type: r.or_default(f18),
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl CreateDisksRequest {
    /// The request with its required members (`Placement`, `DiskChargeType`, `DiskType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        placement: Placement,
        disk_charge_type: impl Into<String>,
        disk_type: impl Into<String>,
    ) -> Self {
        Self {
            placement,
            disk_charge_type: disk_charge_type.into(),
            disk_type: disk_type.into(),
            disk_name: None,
            tags: None,
            snapshot_id: None,
            disk_count: None,
            throughput_performance: None,
            kms_key_id: None,
            disk_size: None,
            shareable: None,
            client_token: None,
            encrypt: None,
            disk_charge_prepaid: None,
            delete_snapshot: None,
            auto_mount_configuration: None,
            disk_backup_quota: None,
            burst_performance: None,
            encrypt_type: None,
        }
    }
}

impl tencent_action::Request for CreateDisksRequest {
    type Action = CreateDisks;
    const CLIENT_TOKEN: bool = true;
}

/// 创建弹性单副本SSD硬盘: the request of `CreateRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRemoteDisksRequest {
    /// 单副本SSD硬盘计费类型。
    ///
    /// 枚举值：
    ///
    /// - PREPAID： 预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR： 按小时后付费
    pub disk_charge_type: String,
    /// 单副本SSD硬盘大小，单位为GiB。
    ///
    /// 取值范围：\[2000, 7000\]
    pub disk_size: u64,
    /// 待挂载单副本SSD硬盘的CVM实例ID。
    pub instance_id: String,
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目。若不指定项目，将在默认项目下进行创建。
    pub placement: Placement,
    /// 预付费模式，即包年包月相关参数设置。通过该参数指定包年包月单副本SSD硬盘的购买时长、是否设置自动续费等属性。 创建预付费单副本SSD硬盘该参数必传，创建按小时后付费单副本SSD硬盘无需传该参数。
    pub disk_charge_prepaid: Option<RemoteDiskChargePrepaid>,
    /// 创建单副本SSD硬盘数量，不传则默认为1。
    pub disk_count: Option<u64>,
    /// 单副本SSD的显示名称。
    pub disk_name: Option<String>,
}

impl serde::Serialize for CreateRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateRemoteDisksRequest",
            4 + usize::from(self.disk_charge_prepaid.is_some())
                + usize::from(self.disk_count.is_some())
                + usize::from(self.disk_name.is_some()),
        )?;
        s.field("DiskChargeType", &self.disk_charge_type)?;
        s.field("DiskSize", &self.disk_size)?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("Placement", &self.placement)?;
        s.optional("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.optional("DiskCount", &self.disk_count)?;
        s.optional("DiskName", &self.disk_name)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateRemoteDisksRequest {
    const NAME: &'static str = "CreateRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskChargeType",
        "DiskSize",
        "InstanceId",
        "Placement",
        "DiskChargePrepaid",
        "DiskCount",
        "DiskName",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2, f3) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
            ) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_type: f0,
                    disk_size: f1,
                    instance_id: f2,
                    placement: f3,
                    disk_charge_prepaid: r.or_default(f4),
                    disk_count: r.or_default(f5),
                    disk_name: r.or_default(f6),
                })
            }
            (f0, f1, f2, f3) => {
                ::core::result::Result::Err(
                    r
                        .missing(
                            &[
                                (0, f0.is_none()),
                                (1, f1.is_none()),
                                (2, f2.is_none()),
                                (3, f3.is_none()),
                            ],
                        ),
                )
            }
        }
    }
}

impl CreateRemoteDisksRequest {
    /// The request with its required members (`DiskChargeType`, `DiskSize`, `InstanceId`, `Placement`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_charge_type: impl Into<String>,
        disk_size: u64,
        instance_id: impl Into<String>,
        placement: Placement,
    ) -> Self {
        Self {
            disk_charge_type: disk_charge_type.into(),
            disk_size,
            instance_id: instance_id.into(),
            placement,
            disk_charge_prepaid: None,
            disk_count: None,
            disk_name: None,
        }
    }
}

impl tencent_action::Request for CreateRemoteDisksRequest {
    type Action = CreateRemoteDisks;
}

/// Creates a snapshot (创建快照): the request of `CreateSnapshot`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSnapshot`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSnapshotRequest {
    /// ID of the cloud disk for which to create a snapshot, which can be queried through the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API.
    ///
    /// 需要创建快照的云硬盘ID，可通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: Option<String>,
    /// Snapshot name. If it is not specified, "Unnamed" will be used by default.
    ///
    /// 快照名称，不传则新快照名称默认为“未命名”。
    pub snapshot_name: Option<String>,
    /// Expiration time of the snapshot. It must be in UTC ISO-8601 format, eg. 2022-01-08T09:47:55+00:00. The snapshot will be automatically deleted when it expires.
    ///
    /// 快照的到期时间，到期后该快照将会自动删除,需要传入UTC时间下的ISO-8601标准时间格式,例如:2022-01-08T09:47:55+00:00,。到期时间最小可设置为一天后的当前时间。
    pub deadline: Option<String>,
    /// Backup point ID of the cbs. when input this parameter, a snapshot will be created through the backup point. the backup point ID can be obtained through the [DescribeDiskBackups](https://www.tencentcloud.com/document/product/362/80278?from_cn_redirect=1) API query.
    ///
    /// 云硬盘备份点ID。传入此参数时，将通过备份点创建快照。备份点 ID 可以通过[DescribeDiskBackups](https://cloud.tencent.com/document/product/362/80278)接口查询。
    pub disk_backup_id: Option<String>,
    /// Tags bound to the snapshot.
    ///
    /// 快照绑定的标签。
    pub tags: Option<Vec<Tag>>,
    /// Snapshot association cloud DISK type. valid values: SYSTEM_DISK (SYSTEM DISK), DATA_DISK (DATA DISK). optional. if left empty, the snapshot type remains consistent with the cloud DISK type. this parameter is based on some scenes where users need to create a DATA DISK snapshot from a SYSTEM DISK for shared usage.
    ///
    /// 快照关联云硬盘类型, SYSTEM_DISK: 系统盘, DATA_DISK: 数据盘,非必填参数，不填时快照类型与云盘类型保持一致， 该参数基于某些场景用户需要将系统盘创建出数据盘快照共享使用。
    pub disk_usage: Option<String>,
}

impl serde::Serialize for CreateSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateSnapshotRequest",
            usize::from(self.disk_id.is_some())
                + usize::from(self.snapshot_name.is_some())
                + usize::from(self.deadline.is_some())
                + usize::from(self.disk_backup_id.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.disk_usage.is_some()),
        )?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("SnapshotName", &self.snapshot_name)?;
        s.optional("Deadline", &self.deadline)?;
        s.optional("DiskBackupId", &self.disk_backup_id)?;
        s.optional("Tags", &self.tags)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateSnapshotRequest {
    const NAME: &'static str = "CreateSnapshotRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskId",
        "SnapshotName",
        "Deadline",
        "DiskBackupId",
        "Tags",
        "DiskUsage",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_id: r.or_default(f0),
            snapshot_name: r.or_default(f1),
            deadline: r.or_default(f2),
            disk_backup_id: r.or_default(f3),
            tags: r.or_default(f4),
            disk_usage: r.or_default(f5),
        })
    }
}

impl tencent_action::Request for CreateSnapshotRequest {
    type Action = CreateSnapshot;
}

/// Create a snapshot group (创建快照组): the request of `CreateSnapshotGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSnapshotGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSnapshotGroupRequest {
    /// Specifies the cloud disk ID list for creating snapshot groups. disks mounted on the same instance must be selected.
    ///
    /// 需要创建快照组的云硬盘ID列表，必须选择挂载在同一实例上的盘列表。
    pub disk_ids: Vec<String>,
    /// Snapshot group name. snapshots associated with the snapshot group inherit the snapshot group name. example: if the snapshot group name is testSnapshotGroup and the snapshot group is associated with two snapshots, the snapshot names are testSnapshotGroup_0 and testSnapshotGroup_1 respectively.
    ///
    /// 快照组名称，快照组关联的快照也会继承快照组的名称。例如：快照组名称为testSnapshotGroup，快照组关联两个快照，则两个快照的名称分别为testSnapshotGroup_0，testSnapshotGroup_1。
    pub snapshot_group_name: Option<String>,
    /// Specifies the Tag list that should be bound to the snapshot group.
    ///
    /// 快照组需要绑定的标签列表。
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for CreateSnapshotGroupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateSnapshotGroupRequest",
            1 + usize::from(self.snapshot_group_name.is_some())
                + usize::from(self.tags.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("SnapshotGroupName", &self.snapshot_group_name)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateSnapshotGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateSnapshotGroupRequest {
    const NAME: &'static str = "CreateSnapshotGroupRequest";
    const FIELDS: &'static [&'static str] = &["DiskIds", "SnapshotGroupName", "Tags"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    snapshot_group_name: r.or_default(f1),
                    tags: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl CreateSnapshotGroupRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            snapshot_group_name: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSnapshotGroupRequest {
    type Action = CreateSnapshotGroup;
}

/// Deleting a Scheduled Snapshot Policy (删除定期快照策略): the request of `DeleteAutoSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAutoSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAutoSnapshotPoliciesRequest {
    /// Specifies the ID list of the regular snapshot policies to delete. query via the DescribeAutoSnapshotPolicies api (<https://www.tencentcloud.com/document/api/362/33556?from_cn_redirect=1>).
    ///
    /// 要删除的定期快照策略ID列表，通过[DescribeAutoSnapshotPolicies](https://cloud.tencent.com/document/api/362/33556)接口查询。
    pub auto_snapshot_policy_ids: Vec<String>,
}

impl serde::Serialize for DeleteAutoSnapshotPoliciesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteAutoSnapshotPoliciesRequest",
            1,
        )?;
        s.field("AutoSnapshotPolicyIds", &self.auto_snapshot_policy_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteAutoSnapshotPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteAutoSnapshotPoliciesRequest {
    const NAME: &'static str = "DeleteAutoSnapshotPoliciesRequest";
    const FIELDS: &'static [&'static str] = &["AutoSnapshotPolicyIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    auto_snapshot_policy_ids: f0,
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteAutoSnapshotPoliciesRequest {
    /// The request with its required members (`AutoSnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        auto_snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            auto_snapshot_policy_ids: auto_snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteAutoSnapshotPoliciesRequest {
    type Action = DeleteAutoSnapshotPolicies;
}

/// Deletes the backup points of a cloud disk (删除云硬盘备份点): the request of `DeleteDiskBackups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDiskBackups`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDiskBackupsRequest {
    /// Cloud disk backup point ID to be deleted. can be queried through the [DescribeDiskBackups](https://www.tencentcloud.com/document/product/362/80278?from_cn_redirect=1) api.
    ///
    /// 待删除的云硬盘备份点ID，可以通过[DescribeDiskBackups](https://cloud.tencent.com/document/product/362/80278)接口查询。
    pub disk_backup_ids: Vec<String>,
}

impl serde::Serialize for DeleteDiskBackupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteDiskBackupsRequest",
            1,
        )?;
        s.field("DiskBackupIds", &self.disk_backup_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteDiskBackupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteDiskBackupsRequest {
    const NAME: &'static str = "DeleteDiskBackupsRequest";
    const FIELDS: &'static [&'static str] = &["DiskBackupIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { disk_backup_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteDiskBackupsRequest {
    /// The request with its required members (`DiskBackupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_backup_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_backup_ids: disk_backup_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteDiskBackupsRequest {
    type Action = DeleteDiskBackups;
}

/// Delete a snapshot group (删除快照组): the request of `DeleteSnapshotGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSnapshotGroup`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSnapshotGroupRequest {
    /// Specifies the snapshot group ID.
    ///
    /// 快照组ID。
    pub snapshot_group_id: Option<String>,
    /// List of snapshot group ids. this parameter and the snapshot group ID must provide at least one. if both are provided, they will be merged with the snapshot group ID.
    ///
    /// 快照组ID 列表。此参数与快照组 ID 至少传 1 个，同时传会与快照组 ID 合并。
    pub snapshot_group_ids: Option<Vec<String>>,
    /// Specifies whether to delete the image associated with the snapshot group at the same time. valid values: set to false (not delete the image bound to the snapshot group; at this point, if the snapshot group has bound images, deletion will fail) or set to true (delete the image bound to the snapshot group simultaneously). default value is false.
    ///
    /// 是否同时删除快照组关联的镜像；取值为false，表示不删除快照组绑定的镜像，此时，如果快照组有绑定的镜像，删除会失败；取值为true，表示同时删除快照组绑定的镜像；默认值为false。
    pub delete_bind_images: Option<bool>,
}

impl serde::Serialize for DeleteSnapshotGroupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteSnapshotGroupRequest",
            usize::from(self.snapshot_group_id.is_some())
                + usize::from(self.snapshot_group_ids.is_some())
                + usize::from(self.delete_bind_images.is_some()),
        )?;
        s.optional("SnapshotGroupId", &self.snapshot_group_id)?;
        s.optional("SnapshotGroupIds", &self.snapshot_group_ids)?;
        s.optional("DeleteBindImages", &self.delete_bind_images)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteSnapshotGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteSnapshotGroupRequest {
    const NAME: &'static str = "DeleteSnapshotGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotGroupId",
        "SnapshotGroupIds",
        "DeleteBindImages",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_group_id: r.or_default(f0),
            snapshot_group_ids: r.or_default(f1),
            delete_bind_images: r.or_default(f2),
        })
    }
}

impl tencent_action::Request for DeleteSnapshotGroupRequest {
    type Action = DeleteSnapshotGroup;
}

/// Deletes a snapshot (删除快照): the request of `DeleteSnapshots`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSnapshots`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSnapshotsRequest {
    /// List of IDs of snapshots to be deleted, which can be queried via [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1).
    ///
    /// 要删除的快照ID列表，可通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)查询。
    pub snapshot_ids: Vec<String>,
    /// Whether to forcibly delete the image associated with the snapshot
    ///
    /// 是否强制删除快照关联的镜像
    pub delete_bind_images: Option<bool>,
}

impl serde::Serialize for DeleteSnapshotsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteSnapshotsRequest",
            1 + usize::from(self.delete_bind_images.is_some()),
        )?;
        s.field("SnapshotIds", &self.snapshot_ids)?;
        s.optional("DeleteBindImages", &self.delete_bind_images)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteSnapshotsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteSnapshotsRequest {
    const NAME: &'static str = "DeleteSnapshotsRequest";
    const FIELDS: &'static [&'static str] = &["SnapshotIds", "DeleteBindImages"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    snapshot_ids: f0,
                    delete_bind_images: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteSnapshotsRequest {
    /// The request with its required members (`SnapshotIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            snapshot_ids: snapshot_ids.into_iter().map(Into::into).collect(),
            delete_bind_images: None,
        }
    }
}

impl tencent_action::Request for DeleteSnapshotsRequest {
    type Action = DeleteSnapshots;
}

/// Querying a Scheduled Snapshot Policy (查询定期快照策略): the request of `DescribeAutoSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAutoSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAutoSnapshotPoliciesRequest {
    /// List of scheduled snapshot policy IDs to be queried. The parameter does not support specifying both `SnapshotIds` and `Filters`.
    ///
    /// 要查询的定期快照策略ID列表。参数不支持同时指定`AutoSnapshotPolicyIds`和`Filters`。
    pub auto_snapshot_policy_ids: Option<Vec<String>>,
    /// Filter criteria. AutoSnapshotPolicyIds and Filters cannot be specified at the same time.
    ///
    /// - auto-snapshot-policy-id - Array of String - required: no - (filter condition) filter by regular snapshot policy id. regular snapshot policy id such as: `asp-3stvwfxx`.
    ///
    /// .
    ///
    /// - AutoSnapshotPolicyState - Array of String - required: no - (filter condition) filters by the status of the regular snapshot policy. regular snapshot policy ID format: `asp-3stvwfxx`. (NORMAL: NORMAL | ISOLATED: ISOLATED).
    ///
    /// .
    ///
    /// - AutoSnapshotPolicyName - Array of String - required: no - (filter condition) filters by the name of the regular snapshot policy.
    ///
    /// .
    ///
    /// 过滤条件。参数不支持同时指定`AutoSnapshotPolicyIds`和`Filters`。
    ///
    /// - auto-snapshot-policy-id - Array of String - 是否必填：否 -（过滤条件）按定期快照策略ID进行过滤。定期快照策略ID形如：`asp-3stvwfxx`。
    ///
    /// - auto-snapshot-policy-state - Array of String - 是否必填：否 -（过滤条件）按定期快照策略的状态进行过滤。定期快照策略ID形如：`asp-3stvwfxx`。(NORMAL：正常 | ISOLATED：已隔离。)
    ///
    /// - auto-snapshot-policy-name - Array of String - 是否必填：否 -（过滤条件）按定期快照策略名称进行过滤。
    pub filters: Option<Vec<Filter>>,
    /// Number of results to be returned. Default is 20. Maximum is 100. For more information on `Limit`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub limit: Option<u64>,
    /// Offset. Default is 0. For more information on `Offset`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考API[简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub offset: Option<u64>,
    /// Specifies the output order of the regular snapshot list. valid values:
    ///
    /// - ASC: ascending order
    ///
    /// - DESC: descending order.
    ///
    /// .
    ///
    /// 输出定期快照列表的排列顺序。取值范围：
    ///
    /// - ASC：升序排列
    ///
    /// - DESC：降序排列。
    pub order: Option<String>,
    /// The sorting filter applied to the scheduled snapshot list. Value range: \<Sort by creation time of scheduled snapshot. By default, this is sorted by creation time.
    ///
    /// 定期快照列表排序的依据字段。取值范围：
    ///
    /// - CREATE_TIME：依据定期快照的创建时间排序，默认按创建时间排序。
    pub order_field: Option<String>,
}

impl serde::Serialize for DescribeAutoSnapshotPoliciesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeAutoSnapshotPoliciesRequest",
            usize::from(self.auto_snapshot_policy_ids.is_some())
                + usize::from(self.filters.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.order.is_some())
                + usize::from(self.order_field.is_some()),
        )?;
        s.optional("AutoSnapshotPolicyIds", &self.auto_snapshot_policy_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Limit", &self.limit)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Order", &self.order)?;
        s.optional("OrderField", &self.order_field)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeAutoSnapshotPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeAutoSnapshotPoliciesRequest {
    const NAME: &'static str = "DescribeAutoSnapshotPoliciesRequest";
    const FIELDS: &'static [&'static str] = &[
        "AutoSnapshotPolicyIds",
        "Filters",
        "Limit",
        "Offset",
        "Order",
        "OrderField",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            auto_snapshot_policy_ids: r.or_default(f0),
            filters: r.or_default(f1),
            limit: r.or_default(f2),
            offset: r.or_default(f3),
            order: r.or_default(f4),
            order_field: r.or_default(f5),
        })
    }
}

impl tencent_action::Request for DescribeAutoSnapshotPoliciesRequest {
    type Action = DescribeAutoSnapshotPolicies;
}

impl tencent_action::Paginated for DescribeAutoSnapshotPoliciesRequest {
    type Item = AutoSnapshotPolicy;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<AutoSnapshotPolicy>> {
        page.auto_snapshot_policy_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询 云服务器独享集群云硬盘统计信息: the request of `DescribeDedicatedClusterDiskStatistics`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDedicatedClusterDiskStatistics`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDedicatedClusterDiskStatisticsRequest {
    /// 云服务器独享集群ID。
    pub dedicated_cluster_id: String,
}

impl serde::Serialize for DescribeDedicatedClusterDiskStatisticsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDedicatedClusterDiskStatisticsRequest",
            1,
        )?;
        s.field("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDedicatedClusterDiskStatisticsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeDedicatedClusterDiskStatisticsRequest {
    const NAME: &'static str = "DescribeDedicatedClusterDiskStatisticsRequest";
    const FIELDS: &'static [&'static str] = &["DedicatedClusterId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { dedicated_cluster_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeDedicatedClusterDiskStatisticsRequest {
    /// The request with its required members (`DedicatedClusterId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dedicated_cluster_id: impl Into<String>) -> Self {
        Self {
            dedicated_cluster_id: dedicated_cluster_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeDedicatedClusterDiskStatisticsRequest {
    type Action = DescribeDedicatedClusterDiskStatistics;
}

/// Querying a Cloud Disk Associated Scheduled Snapshot Policy (查询云硬盘关联定期快照策略): the request of `DescribeDiskAssociatedAutoSnapshotPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDiskAssociatedAutoSnapshotPolicy`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    /// Specifies the cloud disk ID to query. can be queried via the [DescribeDisks](https://www.tencentcloud.com/document/api/362/16315?from_cn_redirect=1) api.
    ///
    /// 要查询的云硬盘ID，通过[DescribeDisks](https://cloud.tencent.com/document/api/362/16315)接口查询。
    pub disk_id: String,
}

impl serde::Serialize for DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDiskAssociatedAutoSnapshotPolicyRequest",
            1,
        )?;
        s.field("DiskId", &self.disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    const NAME: &'static str = "DescribeDiskAssociatedAutoSnapshotPolicyRequest";
    const FIELDS: &'static [&'static str] = &["DiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { disk_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    /// The request with its required members (`DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_id: impl Into<String>) -> Self {
        Self { disk_id: disk_id.into() }
    }
}

impl tencent_action::Request for DescribeDiskAssociatedAutoSnapshotPolicyRequest {
    type Action = DescribeDiskAssociatedAutoSnapshotPolicy;
}

/// Queries the list of backup points (查询备份点列表): the request of `DescribeDiskBackups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDiskBackups`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDiskBackupsRequest {
    /// List of IDs of the backup points to be queried. `DiskBackupIds` and `Filters` cannot be specified at the same time.
    ///
    /// 要查询备份点的ID列表。参数不支持同时指定 DiskBackupIds 和 Filters。
    pub disk_backup_ids: Option<Vec<String>>,
    /// Filter criteria. parameters must not be specified simultaneously for DiskBackupIds and Filters. filter conditions:
    ///
    /// - disk-backup-id - Array of String - required: no - (filter condition) Filters by backup point id. backup point id format: dbp-11112222.
    ///
    /// - disk-id - Array of String - required: no - (filter condition) Filters by cloud disk id where the backup point was created. cloud disk id format: disk-srftydert.
    ///
    /// - disk-usage - Array of String - required: no - (filter condition) Filters by cloud disk type (SYSTEM_disk: represents SYSTEM disk | DATA_disk: represents DATA disk).
    ///
    /// .
    ///
    /// 过滤条件，参数不支持同时指定 DiskBackupIds 和 Filters。过滤条件：
    ///
    /// - disk-backup-id - Array of String - 是否必填：否 -（过滤条件）按照备份点的ID过滤。备份点ID形如：dbp-11112222。
    ///
    /// - disk-id - Array of String - 是否必填：否 -（过滤条件）按照创建备份点的云硬盘ID过滤。云硬盘ID形如：disk-srftydert。
    ///
    /// - disk-usage - Array of String - 是否必填：否 -（过滤条件）按创建备份点的云硬盘类型过滤。 (SYSTEM_DISK：代表系统盘 | DATA_DISK：代表数据盘。)
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0. For more information on `Offset`, see the relevant section of the API [Overview](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考API[简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant section of the API [Overview](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub limit: Option<u64>,
    /// Specifies the sorting order of the CBS backup point list. default: ASC. valid values:
    ///
    /// - ASC: ascending order
    ///
    /// - DESC: descending order.
    ///
    /// .
    ///
    /// 输出云硬盘备份点列表的排列顺序，默认排序：ASC。取值范围：
    ///
    /// - ASC：升序排列
    ///
    /// - DESC：降序排列。
    pub order: Option<String>,
    /// Field on which the list of cloud disk backup points is sorted. valid values:
    ///
    /// - CREATE_TIME: sort by creation TIME of the cloud disk backup point
    ///
    /// sort by creation TIME by default.
    ///
    /// 云硬盘备份点列表排序的依据字段。取值范围：
    ///
    /// - CREATE_TIME：依据云硬盘备份点的创建时间排序
    ///
    /// 默认按创建时间排序。
    pub order_field: Option<String>,
}

impl serde::Serialize for DescribeDiskBackupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDiskBackupsRequest",
            usize::from(self.disk_backup_ids.is_some())
                + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.order.is_some())
                + usize::from(self.order_field.is_some()),
        )?;
        s.optional("DiskBackupIds", &self.disk_backup_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.optional("Order", &self.order)?;
        s.optional("OrderField", &self.order_field)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDiskBackupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeDiskBackupsRequest {
    const NAME: &'static str = "DescribeDiskBackupsRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskBackupIds",
        "Filters",
        "Offset",
        "Limit",
        "Order",
        "OrderField",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_backup_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
            order: r.or_default(f4),
            order_field: r.or_default(f5),
        })
    }
}

impl tencent_action::Request for DescribeDiskBackupsRequest {
    type Action = DescribeDiskBackups;
}

impl tencent_action::Paginated for DescribeDiskBackupsRequest {
    type Item = DiskBackup;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<DiskBackup>> {
        page.disk_backup_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries cloud disk quota (查询云硬盘配额): the request of `DescribeDiskConfigQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDiskConfigQuota`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDiskConfigQuotaRequest {
    /// INQUIRY type. valid values:
    ///
    /// INQUIRY_CBS_CONFIG: query the cloud disk configuration list
    ///
    /// INQUIRY_CVM_CONFIG: query the configuration list of cloud disks with instances.
    ///
    /// 查询类别，取值范围。
    ///
    /// INQUIRY_CBS_CONFIG：查询云盘配置列表
    ///
    /// INQUIRY_CVM_CONFIG：查询云盘与实例搭配的配置列表。
    pub inquiry_type: String,
    /// Billing mode. Value range:
    ///
    /// - POSTPAID_BY_HOUR: postpaid.
    ///
    /// 付费模式。取值范围：
    ///
    /// PREPAID：预付费
    ///
    /// POSTPAID_BY_HOUR：后付费。
    pub disk_charge_type: Option<String>,
    /// Filter by the instance model series, such as S1, I1 and M1. For more information, please see [Instance Types](https://intl.cloud.tencent.com/document/product/213/11518?from_cn_redirect=1)
    ///
    /// 按照实例机型系列过滤。实例机型系列形如：S1、I1、M1等。详见[实例类型](https://cloud.tencent.com/document/product/213/11518)
    pub instance_families: Option<Vec<String>>,
    /// Hard disk media type. valid values:
    ///
    /// CLOUD_BASIC: BASIC CLOUD disk
    ///
    /// CLOUD_PREMIUM: high-performance CLOUD block storage
    ///
    /// CLOUD_SSD: SSD CLOUD disk
    ///
    /// CLOUD_HSSD: enhanced SSD CLOUD disk.
    ///
    /// 硬盘介质类型。取值范围：
    ///
    /// CLOUD_BASIC：表示普通云硬盘
    ///
    /// CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// CLOUD_SSD：表示SSD云硬盘
    ///
    /// CLOUD_HSSD：表示增强型SSD云硬盘。
    pub disk_types: Option<Vec<String>>,
    /// Query configuration under one or more [availability zone](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#ZoneInfo).
    ///
    /// 查询一个或多个[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)下的配置。
    pub zones: Option<Vec<String>>,
    /// Instance memory size in GB.
    ///
    /// 实例内存大小,单位GB。
    pub memory: Option<u64>,
    /// SYSTEM DISK or DATA DISK. valid values:
    ///
    /// SYSTEM_DISK: SYSTEM DISK
    ///
    /// DATA_DISK: DATA DISK.
    ///
    /// 系统盘或数据盘。取值范围：
    ///
    /// SYSTEM_DISK：表示系统盘
    ///
    /// DATA_DISK：表示数据盘。
    pub disk_usage: Option<String>,
    /// Instance CPU cores.
    ///
    /// 实例CPU核数。
    pub cpu: Option<u64>,
    /// Dedicated cluster ID.
    ///
    /// 专用集群ID。
    pub dedicated_cluster_id: Option<String>,
}

impl serde::Serialize for DescribeDiskConfigQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDiskConfigQuotaRequest",
            1 + usize::from(self.disk_charge_type.is_some())
                + usize::from(self.instance_families.is_some())
                + usize::from(self.disk_types.is_some())
                + usize::from(self.zones.is_some()) + usize::from(self.memory.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.cpu.is_some())
                + usize::from(self.dedicated_cluster_id.is_some()),
        )?;
        s.field("InquiryType", &self.inquiry_type)?;
        s.optional("DiskChargeType", &self.disk_charge_type)?;
        s.optional("InstanceFamilies", &self.instance_families)?;
        s.optional("DiskTypes", &self.disk_types)?;
        s.optional("Zones", &self.zones)?;
        s.optional("Memory", &self.memory)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("CPU", &self.cpu)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDiskConfigQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeDiskConfigQuotaRequest {
    const NAME: &'static str = "DescribeDiskConfigQuotaRequest";
    const FIELDS: &'static [&'static str] = &[
        "InquiryType",
        "DiskChargeType",
        "InstanceFamilies",
        "DiskTypes",
        "Zones",
        "Memory",
        "DiskUsage",
        "CPU",
        "DedicatedClusterId",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        let mut f7 = ::core::option::Option::None;
        let mut f8 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.plain(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    inquiry_type: f0,
                    disk_charge_type: r.or_default(f1),
                    instance_families: r.or_default(f2),
                    disk_types: r.or_default(f3),
                    zones: r.or_default(f4),
                    memory: r.or_default(f5),
                    disk_usage: r.or_default(f6),
                    cpu: r.or_default(f7),
                    dedicated_cluster_id: r.or_default(f8),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeDiskConfigQuotaRequest {
    /// The request with its required members (`InquiryType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(inquiry_type: impl Into<String>) -> Self {
        Self {
            inquiry_type: inquiry_type.into(),
            disk_charge_type: None,
            instance_families: None,
            disk_types: None,
            zones: None,
            memory: None,
            disk_usage: None,
            cpu: None,
            dedicated_cluster_id: None,
        }
    }
}

impl tencent_action::Request for DescribeDiskConfigQuotaRequest {
    type Action = DescribeDiskConfigQuota;
}

/// DescribeDiskStoragePool (查询云硬盘独享集群列表): the request of `DescribeDiskStoragePool`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDiskStoragePool`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDiskStoragePoolRequest {
    /// Number of returned results, defaults to 20 with a maximum value of 100. For further introduction about `Limit`, see relevant sections in the API [overview](https://cloud.tencent.com/document/product/362/15633).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub limit: Option<u64>,
    /// Specify the exclusive cluster ID list you want to query. This parameter cannot be used with Filters.
    ///
    /// 指定需要查询的独享集群ID列表，该入参不能与Filters一起使用。
    pub cdc_ids: Option<Vec<String>>,
    /// Filter conditions. `CdcIds` and `Filters` cannot be specified at the same time.
    ///
    /// - cdc-id - Array of String - Optional - Filter by the cluster ID.
    ///
    /// - zone - Array of String - Optional - Filter by the [availability zone](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#ZoneInfo) where the cluster resides.
    ///
    /// - cage-id - Array of String - Optional - Filter by the ID of the cage where the cluster resides.
    ///
    /// - disk-type - Array of string - Optional - Filter by the media type of cloud disks (`CLOUD_BASIC`: HDD cloud disk | `CLOUD_PREMIUM`: Premium cloud disk. | `CLOUD_SSD`: SSD cloud disk.)
    ///
    /// 过滤条件。参数不支持同时指定`CdcIds`和`Filters`。
    ///
    /// - cdc-id - Array of String - 是否必填：否 -（过滤条件）按独享集群ID过滤。
    ///
    /// - zone - Array of String - 是否必填：否 -（过滤条件）按独享集群所在[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)过滤。
    ///
    /// - cage-id - Array of String - 是否必填：否 -（过滤条件）按独享集群所在围笼的ID过滤。
    ///
    /// - disk-type - Array of String - 是否必填：否 -（过滤条件）按照云盘介质类型过滤。(CLOUD_BASIC：表示普通云硬盘 | CLOUD_PREMIUM：表示高性能云硬盘。| CLOUD_SSD：SSD表示SSD云硬盘。)
    pub filters: Option<Vec<Filter>>,
    /// Offset, defaults to 0. For further introduction about `Offset`, see the relevant sections in the API [overview](https://cloud.tencent.com/document/product/362/15633).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考API[简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub offset: Option<u64>,
}

impl serde::Serialize for DescribeDiskStoragePoolRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDiskStoragePoolRequest",
            usize::from(self.limit.is_some()) + usize::from(self.cdc_ids.is_some())
                + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()),
        )?;
        s.optional("Limit", &self.limit)?;
        s.optional("CdcIds", &self.cdc_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDiskStoragePoolRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeDiskStoragePoolRequest {
    const NAME: &'static str = "DescribeDiskStoragePoolRequest";
    const FIELDS: &'static [&'static str] = &["Limit", "CdcIds", "Filters", "Offset"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            limit: r.or_default(f0),
            cdc_ids: r.or_default(f1),
            filters: r.or_default(f2),
            offset: r.or_default(f3),
        })
    }
}

impl tencent_action::Request for DescribeDiskStoragePoolRequest {
    type Action = DescribeDiskStoragePool;
}

/// Queries the list of cloud disks (查询云硬盘列表): the request of `DescribeDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDisks`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDisksRequest {
    /// Filters. You cannot specify `DiskIds` and `Filters` at the same time.
    ///
    /// - disk-usage - Array of String - Optional - Filters by cloud disk type. (SYSTEM_DISK: system disk | DATA_DISK: data disk)
    ///
    /// - disk-charge-type - Array of String - Optional - Filters by cloud disk billing method. (POSTPAID_BY_HOUR: pay-as-you-go)
    ///
    /// - portable - Array of String- Optional - Filters by whether the cloud disk is elastic or not. (TRUE: elastic | FALSE: non-elastic)
    ///
    /// - project-id - Array of Integer - Optional - Filters by the ID of the project to which a cloud disk belongs.
    ///
    /// - disk-id - Array of String - Optional - Filters by cloud disk ID, such as `disk-11112222`.
    ///
    /// - disk-name - Array of String - Optional - Filters by cloud disk name.
    ///
    /// - disk-type - Array of String - Optional - Filters by cloud disk media type (CLOUD_BASIC: HDD cloud disk | CLOUD_PREMIUM: Premium Cloud Storage | CLOUD_SSD: SSD cloud disk.)
    ///
    /// - disk-state - Array of String - Optional - Filters by cloud disk state. (UNATTACHED: not mounted | ATTACHING: being mounted | ATTACHED: mounted | DETACHING: being unmounted | EXPANDING: being expanded | ROLLBACKING: being rolled back | TORECYCLE: to be repossessed.)
    ///
    /// - instance-id - Array of String - Optional - Filters by the ID of the CVM instance on which a cloud disk is mounted. You can use this parameter to query the cloud disks mounted on specific CVMs.
    ///
    /// - zone - Array of String - Optional - Filters by [availability zone](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#ZoneInfo)
    ///
    /// - instance-ip-address - Array of String - Optional - Filters by the private or public IP of the CVM on which a cloud disk is mounted.
    ///
    /// - instance-name - Array of String - Optional - Filters by the name of the instance on which a cloud disk is mounted.
    ///
    /// - tag-key - Array of String - Optional - Filters by tag key.
    ///
    /// - tag-value - Array of String - Optional - Filters by tag value.
    ///
    /// - tag:tag-key - Array of String - Optional - Filters by tag key-value pair. Please replace `tag-key` with a specific tag key.
    ///
    /// 过滤条件。参数不支持同时指定`DiskIds`和`Filters`。
    ///
    /// - disk-usage - Array of String - 是否必填：否 -（过滤条件）按云盘类型过滤。 (SYSTEM_DISK：表示系统盘 | DATA_DISK：表示数据盘)
    ///
    /// - disk-charge-type - Array of String - 是否必填：否 -（过滤条件）按照云硬盘计费模式过滤。 (PREPAID：表示预付费，即包年包月 | POSTPAID_BY_HOUR：表示后付费，即按量计费。)
    ///
    /// - portable - Array of String - 是否必填：否 -（过滤条件）按是否为弹性云盘过滤。 (TRUE：表示弹性云盘 | FALSE：表示非弹性云盘。)
    ///
    /// - project-id - Array of String - 是否必填：否 -（过滤条件）按云硬盘所属项目ID过滤。
    ///
    /// - disk-id - Array of String - 是否必填：否 -（过滤条件）按照云硬盘ID过滤。云盘ID形如：`disk-11112222`。
    ///
    /// - disk-name - Array of String - 是否必填：否 -（过滤条件）按照云盘名称过滤。
    ///
    /// - disk-type - Array of String - 是否必填：否 -（过滤条件）按照云盘介质类型过滤。(CLOUD_BASIC：表示普通云硬盘 | CLOUD_PREMIUM：表示高性能云硬盘。| CLOUD_SSD：表示SSD云硬盘 | CLOUD_HSSD：表示增强型SSD云硬盘。| CLOUD_TSSD：表示极速型云硬盘。)
    ///
    /// - disk-state - Array of String - 是否必填：否 -（过滤条件）按照云盘状态过滤。(UNATTACHED：未挂载 | ATTACHING：挂载中 | ATTACHED：已挂载 | DETACHING：解挂中 | EXPANDING：扩容中 | ROLLBACKING：回滚中 | TORECYCLE：待回收 | DUMPING：拷贝硬盘中。)
    ///
    /// - instance-id - Array of String - 是否必填：否 -（过滤条件）按照云盘挂载的云主机实例ID过滤。可根据此参数查询挂载在指定云主机下的云硬盘。
    ///
    /// - zone - Array of String - 是否必填：否 -（过滤条件）按照[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)过滤。
    ///
    /// - instance-ip-address - Array of String - 是否必填：否 -（过滤条件）按云盘所挂载云主机的内网或外网IP过滤。
    ///
    /// - instance-name - Array of String - 是否必填：否 -（过滤条件）按云盘所挂载的实例名称过滤。
    ///
    /// - tag-key - Array of String - 是否必填：否 -（过滤条件）按照标签键进行过滤。
    ///
    /// - tag-value - Array of String - 是否必填：否 -（过滤条件）照标签值进行过滤。
    ///
    /// - tag:tag-key - Array of String - 是否必填：否 -（过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
    ///
    /// - dedicated-cluster-id - Array of String - 是否必填：否 -（过滤条件）按照 CDC 独享集群 ID 进行过滤。
    ///
    /// - cluster-group-id - String - 是否必填：否 -（过滤条件）按照 集群群组 ID 进行过滤。
    pub filters: Option<Vec<Filter>>,
    /// Number of results to be returned. Default is 20. Maximum is 100. For more information on `Limit`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub limit: Option<u64>,
    /// Field on which the list of cloud disks is sorted. valid values:
    ///
    /// - CREATE_TIME: sort by creation TIME of the cloud disk
    ///
    /// - DEADLINE: sort by expiration TIME of the cloud disk
    ///
    /// sort by creation TIME by default.
    ///
    /// 云盘列表排序的依据字段。取值范围：
    ///
    /// - CREATE_TIME：依据云盘的创建时间排序
    ///
    /// - DEADLINE：依据云盘的到期时间排序
    ///
    /// 默认按云盘创建时间排序。
    pub order_field: Option<String>,
    /// Offset. Default is 0. For more information on `Offset`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考API[简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub offset: Option<u64>,
    /// Whether the ID of the periodic snapshot policy bound to the cloud disk needs to be returned in the cloud disk details. TRUE: return; FALSE: do not return.
    ///
    /// 云盘详情中是否需要返回云盘绑定的定期快照策略ID，TRUE表示需要返回，FALSE表示不返回。
    pub return_bind_auto_snapshot_policy: Option<bool>,
    /// Query by one or more cloud disk IDs, such as `disk-11112222`. For the format of this parameter, please see the ids.N section of the API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1). This parameter does not support specifying both `DiskIds` and `Filters`.
    ///
    /// 按照一个或者多个云硬盘ID查询。云硬盘ID形如：`disk-11112222`，此参数的具体格式可参考API[简介](https://cloud.tencent.com/document/product/362/15633)的ids.N一节）。参数不支持同时指定`DiskIds`和`Filters`。
    pub disk_ids: Option<Vec<String>>,
    /// Specifies the sorting order of the cloud disk list. valid values:
    ///
    /// - ASC: ascending order
    ///
    /// - DESC: descending order.
    ///
    /// .
    ///
    /// 输出云盘列表的排列顺序。取值范围：
    ///
    /// - ASC：升序排列
    ///
    /// - DESC：降序排列。
    pub order: Option<String>,
}

impl serde::Serialize for DescribeDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDisksRequest",
            usize::from(self.filters.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.order_field.is_some())
                + usize::from(self.offset.is_some())
                + usize::from(self.return_bind_auto_snapshot_policy.is_some())
                + usize::from(self.disk_ids.is_some())
                + usize::from(self.order.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.optional("Limit", &self.limit)?;
        s.optional("OrderField", &self.order_field)?;
        s.optional("Offset", &self.offset)?;
        s.optional(
            "ReturnBindAutoSnapshotPolicy",
            &self.return_bind_auto_snapshot_policy,
        )?;
        s.optional("DiskIds", &self.disk_ids)?;
        s.optional("Order", &self.order)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeDisksRequest {
    const NAME: &'static str = "DescribeDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "Filters",
        "Limit",
        "OrderField",
        "Offset",
        "ReturnBindAutoSnapshotPolicy",
        "DiskIds",
        "Order",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            filters: r.or_default(f0),
            limit: r.or_default(f1),
            order_field: r.or_default(f2),
            offset: r.or_default(f3),
            return_bind_auto_snapshot_policy: r.or_default(f4),
            disk_ids: r.or_default(f5),
            order: r.or_default(f6),
        })
    }
}

impl tencent_action::Request for DescribeDisksRequest {
    type Action = DescribeDisks;
}

impl tencent_action::Paginated for DescribeDisksRequest {
    type Item = Disk;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Disk>> {
        page.disk_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the number of cloud disks associated to an instance (查询实例关联的云硬盘数量): the request of `DescribeInstancesDiskNum`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesDiskNum`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesDiskNumRequest {
    /// ID of the CVM instance can be queried via the API [DescribeInstances](https://intl.cloud.tencent.com/document/product/213/15728?from_cn_redirect=1).
    ///
    /// 云服务器实例ID，通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口查询。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for DescribeInstancesDiskNumRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesDiskNumRequest",
            1,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesDiskNumRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesDiskNumRequest {
    const NAME: &'static str = "DescribeInstancesDiskNumRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeInstancesDiskNumRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeInstancesDiskNumRequest {
    type Action = DescribeInstancesDiskNum;
}

/// 查询单副本SSD硬盘机型搭配配额: the request of `DescribeRemoteDiskConfigQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRemoteDiskConfigQuota`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRemoteDiskConfigQuotaRequest {
    /// 过滤条件。支持的过滤条件如下：
    ///
    /// - instance-family：按照机型族过滤。
    ///
    /// - instance-type：按照机型规格过滤。
    ///
    /// - zone：按照可用区过滤。
    ///
    /// - instance-charge-type：按照付费方式过滤。取值范围：PREPAID、POSTPAID_BY_HOUR、SPOTPAID、UNDERWRITE。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeRemoteDiskConfigQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeRemoteDiskConfigQuotaRequest",
            usize::from(self.filters.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeRemoteDiskConfigQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeRemoteDiskConfigQuotaRequest {
    const NAME: &'static str = "DescribeRemoteDiskConfigQuotaRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self { filters: r.or_default(f0) })
    }
}

impl tencent_action::Request for DescribeRemoteDiskConfigQuotaRequest {
    type Action = DescribeRemoteDiskConfigQuota;
}

/// 查询单副本SSD硬盘列表: the request of `DescribeRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRemoteDisks`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRemoteDisksRequest {
    /// 过滤条件。此参数不支持与 RemoteDiskIds 同时指定。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeRemoteDisksRequest",
            usize::from(self.filters.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeRemoteDisksRequest {
    const NAME: &'static str = "DescribeRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self { filters: r.or_default(f0) })
    }
}

impl tencent_action::Request for DescribeRemoteDisksRequest {
    type Action = DescribeRemoteDisks;
}

/// 查询单副本SSD硬盘操作限制列表: the request of `DescribeRemoteDisksDeniedActions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRemoteDisksDeniedActions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRemoteDisksDeniedActionsRequest {
    /// 单副本SSD硬盘ID列表。每次批量请求单副本SSD硬盘的上限为 100。
    pub remote_disk_ids: Vec<String>,
}

impl serde::Serialize for DescribeRemoteDisksDeniedActionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeRemoteDisksDeniedActionsRequest",
            1,
        )?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeRemoteDisksDeniedActionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeRemoteDisksDeniedActionsRequest {
    const NAME: &'static str = "DescribeRemoteDisksDeniedActionsRequest";
    const FIELDS: &'static [&'static str] = &["RemoteDiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { remote_disk_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeRemoteDisksDeniedActionsRequest {
    /// The request with its required members (`RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(remote_disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeRemoteDisksDeniedActionsRequest {
    type Action = DescribeRemoteDisksDeniedActions;
}

/// Query a snapshot group list (查询快照组列表): the request of `DescribeSnapshotGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotGroups`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSnapshotGroupsRequest {
    /// Filter criteria.
    ///
    /// - snapshot-group-id - Array of String - Required: No - (Filter criteria) Filter by snapshot group ID.
    ///
    /// - snapshot-group-state - Array of String - Required: No - (Filter criteria) Filter by snapshot group state. (NORMAL: Normal | CREATING: Creating | ROLLBACKING: Rolling back)
    ///
    /// - snapshot-group-name - Array of String - Required: No - (Filter criteria) Filter by snapshot group name.
    ///
    /// - snapshot-id - Array of String - Required: No - (Filter criteria) Filter by snapshot ID within the snapshot group.
    ///
    /// 过滤条件。
    ///
    /// - snapshot-group-id - Array of String - 是否必填：否 -（过滤条件）按快照组ID过滤
    ///
    /// - snapshot-group-state - Array of String - 是否必填：否 -（过滤条件）按快照组状态过滤。(NORMAL: 正常 | CREATING:创建中 | ROLLBACKING:回滚中)
    ///
    /// - snapshot-group-name - Array of String - 是否必填：否 -（过滤条件）按快照组名称过滤
    ///
    /// - snapshot-id - Array of String - 是否必填：否 -（过滤条件）按快照组内的快照ID过滤
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    pub offset: Option<u64>,
    /// Number of returns, with a default value of 20, and a maximum value of 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    pub limit: Option<u64>,
}

impl serde::Serialize for DescribeSnapshotGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeSnapshotGroupsRequest",
            usize::from(self.filters.is_some()) + usize::from(self.offset.is_some())
                + usize::from(self.limit.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeSnapshotGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeSnapshotGroupsRequest {
    const NAME: &'static str = "DescribeSnapshotGroupsRequest";
    const FIELDS: &'static [&'static str] = &["Filters", "Offset", "Limit"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            filters: r.or_default(f0),
            offset: r.or_default(f1),
            limit: r.or_default(f2),
        })
    }
}

impl tencent_action::Request for DescribeSnapshotGroupsRequest {
    type Action = DescribeSnapshotGroups;
}

impl tencent_action::Paginated for DescribeSnapshotGroupsRequest {
    type Item = SnapshotGroup;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SnapshotGroup>> {
        page.snapshot_group_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Query snapshot usage overview (查询快照使用概览): the request of `DescribeSnapshotOverview`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotOverview`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSnapshotOverviewRequest {}

impl serde::Serialize for DescribeSnapshotOverviewRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeSnapshotOverviewRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeSnapshotOverviewRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeSnapshotOverviewRequest {
    const NAME: &'static str = "DescribeSnapshotOverviewRequest";
    const FIELDS: &'static [&'static str] = &[];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        while r.next().is_some() {
            r.skip();
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {})
    }
}

impl tencent_action::Request for DescribeSnapshotOverviewRequest {
    type Action = DescribeSnapshotOverview;
}

/// Views snapshot sharing information (查看快照分享信息): the request of `DescribeSnapshotSharePermission`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotSharePermission`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotSharePermissionRequest {
    /// The ID of the snapshot to be queried. You can obtain this by using [DescribeSnapshots](https://intl.cloud.tencent.com/document/api/362/15647?from_cn_redirect=1).
    ///
    /// 要查询快照的ID。可通过[DescribeSnapshots](https://cloud.tencent.com/document/api/362/15647)查询获取。
    pub snapshot_id: String,
}

impl serde::Serialize for DescribeSnapshotSharePermissionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeSnapshotSharePermissionRequest",
            1,
        )?;
        s.field("SnapshotId", &self.snapshot_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeSnapshotSharePermissionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeSnapshotSharePermissionRequest {
    const NAME: &'static str = "DescribeSnapshotSharePermissionRequest";
    const FIELDS: &'static [&'static str] = &["SnapshotId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { snapshot_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeSnapshotSharePermissionRequest {
    /// The request with its required members (`SnapshotId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_id: impl Into<String>) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeSnapshotSharePermissionRequest {
    type Action = DescribeSnapshotSharePermission;
}

/// Queries the list of snapshots (查询快照列表): the request of `DescribeSnapshots`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshots`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeSnapshotsRequest {
    /// List of snapshot IDs to be queried. The parameter does not support specifying both `SnapshotIds` and `Filters`.
    ///
    /// 要查询快照的ID列表。参数不支持同时指定`SnapshotIds`和`Filters`。
    pub snapshot_ids: Option<Vec<String>>,
    /// Filter criteria. parameters `SnapshotIds` and `Filters` cannot be specified at the same time.
    ///
    /// - snapshot-id
    ///
    /// - filter by cloud disk snapshot id
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - snapshot-name
    ///
    /// - filter by cloud disk snapshot name
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - snapshot-state
    ///
    /// - filter by cloud disk snapshot status
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - value ranges FROM:
    ///
    /// - `NORMAL`: NORMAL
    ///
    /// - `CREATING`: CREATING
    ///
    /// - `ROLLBACKING`: rolling back
    ///
    /// - `COPYING_FROM_REMOTE`: cross geo-replication in progress
    ///
    /// - `CHECKING_COPIED`: COPYING check in progress
    ///
    /// - `TORECYCLE`: pending recycling
    ///
    /// - disk-usage
    ///
    /// - filter by cloud disk usage purpose
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - value ranges FROM:
    ///
    /// - `SYSTEM_disk`: represent SYSTEM disk
    ///
    /// - `DATA_disk`: represent DATA disk
    ///
    /// - project-id
    ///
    /// - filter by cloud disk project id
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - disk-id
    ///
    /// - filter by cloud disk id. up to 10 values can be specified
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - encrypt
    ///
    /// - filter by whether encrypted or not
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - snapshot-type
    ///
    /// - query by snapshot ownership type
    ///
    /// - type: String
    ///
    /// - required: no
    ///
    /// - value ranges FROM:
    ///
    /// - `SHARED_snapshot`: refer to SHARED snapshot
    ///
    /// - `PRIVATE_snapshot`: refer to own PRIVATE snapshot
    ///
    /// .
    ///
    /// 过滤条件。参数不支持同时指定SnapshotIds和Filters。
    ///
    /// - snapshot-id
    ///
    /// - 按照云硬盘快照ID进行过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - snapshot-name
    ///
    /// - 按照云硬盘快照名称进行过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - snapshot-state
    ///
    /// - 按照云硬盘快照状态进行过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - 取值范围：
    ///
    /// - `NORMAL`：正常
    ///
    /// - `CREATING`：创建中
    ///
    /// - `ROLLBACKING`：回滚中
    ///
    /// - `COPYING_FROM_REMOTE`：跨地域复制中
    ///
    /// - `CHECKING_COPIED`：复制校验中
    ///
    /// - `TORECYCLE`：待回收
    ///
    /// - disk-usage
    ///
    /// - 按照云硬盘使用用途进行过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - 取值范围：
    ///
    /// - `SYSTEM_DISK`：代表系统盘
    ///
    /// - `DATA_DISK`：代表数据盘
    ///
    /// - project-id
    ///
    /// - 按云硬盘所属项目ID过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - disk-id
    ///
    /// - 按照云硬盘ID进行过滤，一次最多只能传入10个值
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - encrypt
    ///
    /// - 按是否加密进行过滤
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - snapshot-type
    ///
    /// - 按快照归属类型查询
    ///
    /// - 类型：String
    ///
    /// - 必选：否
    ///
    /// - 取值范围：
    ///
    /// - `SHARED_SNAPSHOT`：表示共享过来的快照
    ///
    /// - `PRIVATE_SNAPSHOT`：表示自己的私有快照
    pub filters: Option<Vec<Filter>>,
    /// Number of results to be returned. Default is 20. Maximum is 100. For more information on `Limit`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub limit: Option<u64>,
    /// Field based on which the snapshot list is sorted. valid values:.
    ///
    /// - CREATE_TIME: specifies to sort by snapshot creation time.
    ///
    /// .
    ///
    /// - Sort by creation time by default.
    ///
    /// .
    ///
    /// 快照列表排序的依据字段。取值范围：
    ///
    /// - CREATE_TIME：依据快照的创建时间排序
    ///
    /// - 默认按创建时间排序
    pub order_field: Option<String>,
    /// Offset. Default is 0. For more information on `Offset`, please see relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/product/362/15633?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考API[简介](https://cloud.tencent.com/document/product/362/15633)中的相关小节。
    pub offset: Option<u64>,
    /// Outputs the sorting order of the cloud disk list. valid values:.
    ///
    /// - ASC: specifies ascending order.
    ///
    /// .
    ///
    /// - DESC: specifies sorting in descending order.
    ///
    /// .
    ///
    /// 输出云盘列表的排列顺序。取值范围：
    ///
    /// - ASC：升序排列
    ///
    /// - DESC：降序排列。
    pub order: Option<String>,
}

impl serde::Serialize for DescribeSnapshotsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeSnapshotsRequest",
            usize::from(self.snapshot_ids.is_some())
                + usize::from(self.filters.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.order_field.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.order.is_some()),
        )?;
        s.optional("SnapshotIds", &self.snapshot_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Limit", &self.limit)?;
        s.optional("OrderField", &self.order_field)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Order", &self.order)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeSnapshotsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeSnapshotsRequest {
    const NAME: &'static str = "DescribeSnapshotsRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotIds",
        "Filters",
        "Limit",
        "OrderField",
        "Offset",
        "Order",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_ids: r.or_default(f0),
            filters: r.or_default(f1),
            limit: r.or_default(f2),
            order_field: r.or_default(f3),
            offset: r.or_default(f4),
            order: r.or_default(f5),
        })
    }
}

impl tencent_action::Request for DescribeSnapshotsRequest {
    type Action = DescribeSnapshots;
}

impl tencent_action::Paginated for DescribeSnapshotsRequest {
    type Item = Snapshot;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Snapshot>> {
        page.snapshot_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Unmounts cloud disks (卸载云硬盘): the request of `DetachDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct DetachDisksRequest {
    /// IDs of the cloud disks to be unmounted, which can be queried via the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API. Up to 10 elastic cloud disks can be unmounted in a single request.
    ///
    /// 将要卸载的云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，单次请求最多可卸载10块弹性云盘。
    pub disk_ids: Vec<String>,
    /// For non-shared cloud disks, this parameter validates whether it matches the actual mounted instance. for shared cloud disks, this parameter indicates from which CVM instance to unmount the cloud disk.
    ///
    /// 对于非共享型云盘，会根据该参数校验是否与实际挂载的实例一致；对于共享型云盘，该参数表示要从哪个CVM实例上卸载云盘。
    pub instance_id: Option<String>,
}

impl serde::Serialize for DetachDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DetachDisksRequest",
            1 + usize::from(self.instance_id.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DetachDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DetachDisksRequest {
    const NAME: &'static str = "DetachDisksRequest";
    const FIELDS: &'static [&'static str] = &["DiskIds", "InstanceId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    instance_id: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DetachDisksRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            instance_id: None,
        }
    }
}

impl tencent_action::Request for DetachDisksRequest {
    type Action = DetachDisks;
}

/// 卸载弹性单副本SSD硬盘: the request of `DetachRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct DetachRemoteDisksRequest {
    /// 指定从特定CVM实例上卸载单副本SSD硬盘。
    pub instance_id: String,
    /// 一个或多个将要卸载的单副本SSD硬盘ID。
    pub remote_disk_ids: Vec<String>,
    /// 强制解挂，内部使用。
    pub force_detach: Option<bool>,
}

impl serde::Serialize for DetachRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DetachRemoteDisksRequest",
            2 + usize::from(self.force_detach.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.optional("ForceDetach", &self.force_detach)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DetachRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DetachRemoteDisksRequest {
    const NAME: &'static str = "DetachRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "RemoteDiskIds",
        "ForceDetach",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    remote_disk_ids: f1,
                    force_detach: r.or_default(f2),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl DetachRemoteDisksRequest {
    /// The request with its required members (`InstanceId`, `RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl Into<String>,
        remote_disk_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
            force_detach: None,
        }
    }
}

impl tencent_action::Request for DetachRemoteDisksRequest {
    type Action = DetachRemoteDisks;
}

/// Gets snapshot overview information (获取快照概览信息): the request of `GetSnapOverview`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetSnapOverview`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSnapOverviewRequest {}

impl serde::Serialize for GetSnapOverviewRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "GetSnapOverviewRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for GetSnapOverviewRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for GetSnapOverviewRequest {
    const NAME: &'static str = "GetSnapOverviewRequest";
    const FIELDS: &'static [&'static str] = &[];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        while r.next().is_some() {
            r.skip();
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {})
    }
}

#[allow(deprecated)]
impl tencent_action::Request for GetSnapOverviewRequest {
    type Action = GetSnapOverview;
}

/// Reinitializes cloud disks (重新初始化云硬盘): the request of `InitializeDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InitializeDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InitializeDisksRequest {
    /// List of cloud disk ids to be reinitialized. can be accessed through the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. the initialization is limited to not exceeding 20 disks.
    ///
    /// 待重新初始化的云硬盘ID列表，可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询， 单次初始化限制20块以内
    pub disk_ids: Vec<String>,
}

impl serde::Serialize for InitializeDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InitializeDisksRequest",
            1,
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InitializeDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InitializeDisksRequest {
    const NAME: &'static str = "InitializeDisksRequest";
    const FIELDS: &'static [&'static str] = &["DiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { disk_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InitializeDisksRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for InitializeDisksRequest {
    type Action = InitializeDisks;
}

/// 查询创建弹性单副本SSD硬盘的价格: the request of `InquirePriceCreateRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceCreateRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceCreateRemoteDisksRequest {
    /// 单副本SSD硬盘计费类型。
    ///
    /// 枚举值：
    ///
    /// - PREPAID： 预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR： 按小时后付费
    pub disk_charge_type: String,
    /// 单副本SSD硬盘大小，单位为GiB。
    ///
    /// 取值范围：\[2000, 7000\]
    pub disk_size: u64,
    /// 预付费模式，即包年包月相关参数设置。通过该参数指定包年包月云盘的购买时长、是否设置自动续费等属性。 创建预付费云盘该参数必传，创建按小时后付费云盘无需传该参数。
    pub disk_charge_prepaid: Option<RemoteDiskChargePrepaid>,
    /// 购买单副本SSD硬盘的数量。不填则默认为1。
    pub disk_count: Option<u64>,
}

impl serde::Serialize for InquirePriceCreateRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquirePriceCreateRemoteDisksRequest",
            2 + usize::from(self.disk_charge_prepaid.is_some())
                + usize::from(self.disk_count.is_some()),
        )?;
        s.field("DiskChargeType", &self.disk_charge_type)?;
        s.field("DiskSize", &self.disk_size)?;
        s.optional("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.optional("DiskCount", &self.disk_count)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquirePriceCreateRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquirePriceCreateRemoteDisksRequest {
    const NAME: &'static str = "InquirePriceCreateRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskChargeType",
        "DiskSize",
        "DiskChargePrepaid",
        "DiskCount",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_type: f0,
                    disk_size: f1,
                    disk_charge_prepaid: r.or_default(f2),
                    disk_count: r.or_default(f3),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl InquirePriceCreateRemoteDisksRequest {
    /// The request with its required members (`DiskChargeType`, `DiskSize`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_charge_type: impl Into<String>, disk_size: u64) -> Self {
        Self {
            disk_charge_type: disk_charge_type.into(),
            disk_size,
            disk_charge_prepaid: None,
            disk_count: None,
        }
    }
}

impl tencent_action::Request for InquirePriceCreateRemoteDisksRequest {
    type Action = InquirePriceCreateRemoteDisks;
}

/// Queries the price of a cloud disk after its backup point quota is modified (修改云硬盘备份点配额询价): the request of `InquirePriceModifyDiskBackupQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceModifyDiskBackupQuota`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceModifyDiskBackupQuotaRequest {
    /// Cloud disk ID, which can be queried by calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: String,
    /// Cloud disk backup point quota after the modification, i.e., the number of backup points that a cloud disk can have.
    ///
    /// 修改后的云硬盘备份点配额，即云盘可以拥有的备份点数量，单位为个。
    pub disk_backup_quota: u64,
}

impl serde::Serialize for InquirePriceModifyDiskBackupQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquirePriceModifyDiskBackupQuotaRequest",
            2,
        )?;
        s.field("DiskId", &self.disk_id)?;
        s.field("DiskBackupQuota", &self.disk_backup_quota)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquirePriceModifyDiskBackupQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for InquirePriceModifyDiskBackupQuotaRequest {
    const NAME: &'static str = "InquirePriceModifyDiskBackupQuotaRequest";
    const FIELDS: &'static [&'static str] = &["DiskId", "DiskBackupQuota"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_id: f0,
                    disk_backup_quota: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl InquirePriceModifyDiskBackupQuotaRequest {
    /// The request with its required members (`DiskId`, `DiskBackupQuota`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_id: impl Into<String>, disk_backup_quota: u64) -> Self {
        Self {
            disk_id: disk_id.into(),
            disk_backup_quota,
        }
    }
}

impl tencent_action::Request for InquirePriceModifyDiskBackupQuotaRequest {
    type Action = InquirePriceModifyDiskBackupQuota;
}

/// Queries the price for adjusting the cloud disk’s extra performance (调整云硬盘额外性能询价): the request of `InquirePriceModifyDiskExtraPerformance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceModifyDiskExtraPerformance`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceModifyDiskExtraPerformanceRequest {
    /// Specifies the additional performance value of the CBS disk in MiB/s. extra performance is only supported for enhanced SSD (CLOUD_HSSD) and ultra-fast SSD (CLOUD_TSSD) CBS disks exceeding 460GiB in size.
    ///
    /// 额外购买的云硬盘性能值，单位MiB/s。仅大小超过460GiB的增强型SSD（CLOUD_HSSD）和极速型SSD（CLOUD_TSSD）云硬盘才支持购买额外性能。
    pub throughput_performance: u64,
    /// Cloud disk ID, which can be queried via the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: String,
}

impl serde::Serialize for InquirePriceModifyDiskExtraPerformanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquirePriceModifyDiskExtraPerformanceRequest",
            2,
        )?;
        s.field("ThroughputPerformance", &self.throughput_performance)?;
        s.field("DiskId", &self.disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquirePriceModifyDiskExtraPerformanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for InquirePriceModifyDiskExtraPerformanceRequest {
    const NAME: &'static str = "InquirePriceModifyDiskExtraPerformanceRequest";
    const FIELDS: &'static [&'static str] = &["ThroughputPerformance", "DiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    throughput_performance: f0,
                    disk_id: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl InquirePriceModifyDiskExtraPerformanceRequest {
    /// The request with its required members (`ThroughputPerformance`, `DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(throughput_performance: u64, disk_id: impl Into<String>) -> Self {
        Self {
            throughput_performance,
            disk_id: disk_id.into(),
        }
    }
}

impl tencent_action::Request for InquirePriceModifyDiskExtraPerformanceRequest {
    type Action = InquirePriceModifyDiskExtraPerformance;
}

/// 查询续费弹性单副本SSD硬盘的价格: the request of `InquirePriceRenewRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceRenewRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePriceRenewRemoteDisksRequest {
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月云盘的购买时长。如果在该参数中指定CurInstanceDeadline，则会按对齐到子机到期时间来续费。如果是批量续费询价，该参数与Disks参数一一对应，元素数量需保持一致。
    pub disk_charge_prepaid_set: Vec<RemoteDiskChargePrepaid>,
    /// 一个或多个单副本SSD硬盘ID。
    pub remote_disk_ids: Vec<String>,
}

impl serde::Serialize for InquirePriceRenewRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquirePriceRenewRemoteDisksRequest",
            2,
        )?;
        s.field("DiskChargePrepaidSet", &self.disk_charge_prepaid_set)?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquirePriceRenewRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquirePriceRenewRemoteDisksRequest {
    const NAME: &'static str = "InquirePriceRenewRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &["DiskChargePrepaidSet", "RemoteDiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_prepaid_set: f0,
                    remote_disk_ids: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl InquirePriceRenewRemoteDisksRequest {
    /// The request with its required members (`DiskChargePrepaidSet`, `RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_charge_prepaid_set: impl IntoIterator<Item = RemoteDiskChargePrepaid>,
        remote_disk_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            disk_charge_prepaid_set: disk_charge_prepaid_set.into_iter().collect(),
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for InquirePriceRenewRemoteDisksRequest {
    type Action = InquirePriceRenewRemoteDisks;
}

/// Queries the price of creating cloud disks (创建云硬盘询价): the request of `InquiryPriceCreateDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceCreateDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceCreateDisksRequest {
    /// Cloud disk billing mode.
    ///
    /// - PREPAID: Prepaid by month.
    ///
    /// - POSTPAID_BY_HOUR: Hourly pay-as-you-go.
    ///
    /// 云硬盘计费类型：
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    pub disk_charge_type: String,
    /// Hard disk media type. valid values:
    ///
    /// - CLOUD_PREMIUM: high-performance CLOUD block storage
    ///
    /// - CLOUD_SSD: SSD CLOUD disk
    ///
    /// - CLOUD_HSSD: enhanced SSD CLOUD disk
    ///
    /// - CLOUD_TSSD: ultra-fast SSD cbs
    ///
    /// .
    ///
    /// 硬盘介质类型。取值范围：
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// - CLOUD_SSD：表示SSD云硬盘
    ///
    /// - CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// - CLOUD_TSSD：表示极速型SSD云硬盘
    pub disk_type: String,
    /// Specifies the disk capacity in GiB. for the cloud disk size range, please refer to the product type of cloud block storage (<https://www.tencentcloud.com/document/product/362/2353?from_cn_redirect=1>).
    ///
    /// 云硬盘大小，单位为GiB。云盘大小取值范围参见云硬盘[产品分类](https://cloud.tencent.com/document/product/362/2353)的说明。
    pub disk_size: u64,
    /// cloud disk project ID. obtain this parameter by calling the projectId field in the return value of [DescribeProject](https://www.tencentcloud.com/document/api/651/78725?from_cn_redirect=1). default to the default project.
    ///
    /// 云硬盘所属项目ID。该参数可以通过调用[DescribeProject](https://cloud.tencent.com/document/api/651/78725) 的返回值中的 projectId 字段来获取。不填为默认项目。
    pub project_id: Option<u64>,
    /// Specifies the number of cloud block storage (cbs) disks to purchase. defaults to 1 if left blank.
    ///
    /// 购买云硬盘的数量。不填则默认为1。
    pub disk_count: Option<u64>,
    /// Specifies the additional performance value of the CBS disk in MiB/s. extra performance is only supported for enhanced SSD (CLOUD_HSSD) and ultra-fast SSD (CLOUD_TSSD) CBS disks exceeding 460GiB in size.
    ///
    /// 额外购买的云硬盘性能值，单位MiB/s。仅大小超过460GiB的增强型SSD（CLOUD_HSSD）和极速型SSD（CLOUD_TSSD）云硬盘才支持购买额外性能。
    pub throughput_performance: Option<u64>,
    /// Prepaid mode, that is, the settings for the monthly subscription-related parameters. through this parameter, you can specify the purchase duration of the monthly subscribed cloud disk, whether to enable auto-renewal, and other attributes. this parameter is required for creating a prepaid cloud disk, but no need to specify it when creating an hourly postpaid cloud disk.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数指定包年包月云盘的购买时长、是否设置自动续费等属性。
    ///
    /// 创建预付费云盘该参数必传，创建按小时后付费云盘无需传该参数。
    pub disk_charge_prepaid: Option<DiskChargePrepaid>,
    /// Specifies the cloud disk backup point quota.
    ///
    /// 指定云硬盘备份点配额。
    pub disk_backup_quota: Option<u64>,
}

impl serde::Serialize for InquiryPriceCreateDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceCreateDisksRequest",
            3 + usize::from(self.project_id.is_some())
                + usize::from(self.disk_count.is_some())
                + usize::from(self.throughput_performance.is_some())
                + usize::from(self.disk_charge_prepaid.is_some())
                + usize::from(self.disk_backup_quota.is_some()),
        )?;
        s.field("DiskChargeType", &self.disk_charge_type)?;
        s.field("DiskType", &self.disk_type)?;
        s.field("DiskSize", &self.disk_size)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("DiskCount", &self.disk_count)?;
        s.optional("ThroughputPerformance", &self.throughput_performance)?;
        s.optional("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.optional("DiskBackupQuota", &self.disk_backup_quota)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceCreateDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceCreateDisksRequest {
    const NAME: &'static str = "InquiryPriceCreateDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskChargeType",
        "DiskType",
        "DiskSize",
        "ProjectId",
        "DiskCount",
        "ThroughputPerformance",
        "DiskChargePrepaid",
        "DiskBackupQuota",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        let mut f7 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.plain(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_type: f0,
                    disk_type: f1,
                    disk_size: f2,
                    project_id: r.or_default(f3),
                    disk_count: r.or_default(f4),
                    throughput_performance: r.or_default(f5),
                    disk_charge_prepaid: r.or_default(f6),
                    disk_backup_quota: r.or_default(f7),
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl InquiryPriceCreateDisksRequest {
    /// The request with its required members (`DiskChargeType`, `DiskType`, `DiskSize`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_charge_type: impl Into<String>,
        disk_type: impl Into<String>,
        disk_size: u64,
    ) -> Self {
        Self {
            disk_charge_type: disk_charge_type.into(),
            disk_type: disk_type.into(),
            disk_size,
            project_id: None,
            disk_count: None,
            throughput_performance: None,
            disk_charge_prepaid: None,
            disk_backup_quota: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceCreateDisksRequest {
    type Action = InquiryPriceCreateDisks;
}

/// Renew a cloud block storage and check the price (续费云硬盘询价): the request of `InquiryPriceRenewDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewDisksRequest {
    /// Cloud disk ID, which can be queried by calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_ids: Vec<String>,
    /// Prepaid mode, that is, settings related to the monthly subscription. Through this parameter, you can specify the purchase duration of the monthly subscribed cloud disk. If CurInstanceDeadline is specified in this parameter, it will be renewed in aligned with the sub-machine expiration time. If it is a batch renewal inquiry, this parameter corresponds one-to-one with the Disks parameter, and the number of Element (XML) must be consistent.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月云盘的购买时长。如果在该参数中指定CurInstanceDeadline，则会按对齐到子机到期时间来续费。如果是批量续费询价，该参数与Disks参数一一对应，元素数量需保持一致。
    pub disk_charge_prepaids: Option<Vec<DiskChargePrepaid>>,
    /// Specifies the new expiry time of the CBS in the format such as 2017-12-17 00:00:00. parameter `NewDeadline` and `DiskChargePrepaids` are two ways to specify inquiry duration. one of them must be input.
    ///
    /// 指定云硬盘新的到期时间，形式如：2017-12-17 00:00:00。参数`NewDeadline`和`DiskChargePrepaids`是两种指定询价时长的方式，两者必传一个。
    pub new_deadline: Option<String>,
    /// cloud disk project ID. obtain this parameter by calling the projectId field in the return value of [DescribeProject](https://www.tencentcloud.com/document/api/651/78725?from_cn_redirect=1). if input, it is only for authentication.
    ///
    /// 云硬盘所属项目ID。该参数可以通过调用[DescribeProject](https://cloud.tencent.com/document/api/651/78725) 的返回值中的 projectId 字段来获取。 如传入则仅用于鉴权。
    pub project_id: Option<u64>,
}

impl serde::Serialize for InquiryPriceRenewDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceRenewDisksRequest",
            1 + usize::from(self.disk_charge_prepaids.is_some())
                + usize::from(self.new_deadline.is_some())
                + usize::from(self.project_id.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("DiskChargePrepaids", &self.disk_charge_prepaids)?;
        s.optional("NewDeadline", &self.new_deadline)?;
        s.optional("ProjectId", &self.project_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceRenewDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceRenewDisksRequest {
    const NAME: &'static str = "InquiryPriceRenewDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskIds",
        "DiskChargePrepaids",
        "NewDeadline",
        "ProjectId",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    disk_charge_prepaids: r.or_default(f1),
                    new_deadline: r.or_default(f2),
                    project_id: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InquiryPriceRenewDisksRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            disk_charge_prepaids: None,
            new_deadline: None,
            project_id: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewDisksRequest {
    type Action = InquiryPriceRenewDisks;
}

/// Inquires the price for expanding the capacity of a cloud disk (扩容云硬盘询价): the request of `InquiryPriceResizeDisk`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResizeDisk`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResizeDiskRequest {
    /// Specifies the size after expanding the cloud disk in GiB, which should not be less than the current disk size. for the cloud disk size range, please refer to the product type of CBS (<https://www.tencentcloud.com/document/product/362/2353?from_cn_redirect=1>).
    ///
    /// 云硬盘扩容后的大小，单位为GiB，不得小于当前云硬盘大小。云盘大小取值范围参见云硬盘[产品分类](https://cloud.tencent.com/document/product/362/2353)的说明。
    pub disk_size: u64,
    /// Cloud disk ID. can be queried via the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. mutually exclusive with the DiskIds parameter.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。与参数DiskIds互斥。
    pub disk_id: Option<String>,
    /// cloud disk project ID. obtain this parameter by calling the projectId field in the return value of [DescribeProject](https://www.tencentcloud.com/document/api/651/78725?from_cn_redirect=1). if input, it is only for authentication.
    ///
    /// 云硬盘所属项目ID。该参数可以通过调用[DescribeProject](https://cloud.tencent.com/document/api/651/78725) 的返回值中的 projectId 字段来获取。 如传入则仅用于鉴权。
    pub project_id: Option<u64>,
    /// Cloud disk ID list. queried via the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. mutually exclusive with the DiskId parameter.
    ///
    /// 云硬盘ID列表， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。与参数DiskId互斥。
    pub disk_ids: Option<Vec<String>>,
}

impl serde::Serialize for InquiryPriceResizeDiskRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceResizeDiskRequest",
            1 + usize::from(self.disk_id.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.disk_ids.is_some()),
        )?;
        s.field("DiskSize", &self.disk_size)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("DiskIds", &self.disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceResizeDiskRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceResizeDiskRequest {
    const NAME: &'static str = "InquiryPriceResizeDiskRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskSize",
        "DiskId",
        "ProjectId",
        "DiskIds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_size: f0,
                    disk_id: r.or_default(f1),
                    project_id: r.or_default(f2),
                    disk_ids: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InquiryPriceResizeDiskRequest {
    /// The request with its required members (`DiskSize`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_size: u64) -> Self {
        Self {
            disk_size,
            disk_id: None,
            project_id: None,
            disk_ids: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceResizeDiskRequest {
    type Action = InquiryPriceResizeDisk;
}

/// Modifying Scheduled Snapshot Policy Information (修改定期快照策略信息): the request of `ModifyAutoSnapshotPolicyAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAutoSnapshotPolicyAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyAutoSnapshotPolicyAttributeRequest {
    /// Specifies the scheduled snapshot policy ID. query via the describeautosnapshotpolicies API (<https://www.tencentcloud.com/document/product/362/33556?from_cn_redirect=1>).
    ///
    /// 定期快照策略ID。可以通过[查询定期快照策略](https://cloud.tencent.com/document/product/362/33556)API查询。
    pub auto_snapshot_policy_id: String,
    /// Whether the periodic snapshot policy is activated. `false` means inactive, `true` means active. defaults to `true`.
    ///
    /// 是否激活定期快照策略，`false`表示未激活，`true`表示激活；默认为`true`。
    pub is_activated: Option<bool>,
    /// Indicates whether snapshots created by the regular snapshot policy are retained permanently. `false` means the snapshots are not retained permanently, `true` means permanent retention. defaults to `false`.
    ///
    /// 通过该定期快照策略创建的快照是否永久保留。`false`表示非永久保留，`true`表示永久保留，默认为`false`。
    pub is_permanent: Option<bool>,
    /// The name of the scheduled snapshot policy to be created. If it is left empty, the default is 'Not named'. The maximum length cannot exceed 60 bytes.
    ///
    /// 要创建的定期快照策略名。不传则默认为“未命名”。最大长度不能超60个字节。
    pub auto_snapshot_policy_name: Option<String>,
    /// The policy for executing the scheduled snapshot.
    ///
    /// 定期快照的执行策略。
    pub policy: Option<Vec<Policy>>,
    /// Number of days to retain the snapshots created according to this scheduled snapshot policy. If this parameter is specified, `IsPermanent` cannot be specified as `TRUE`; otherwise, they will conflict with each other.
    ///
    /// 通过该定期快照策略创建的快照保留天数。如果指定本参数，则IsPermanent入参不可指定为TRUE，否则会产生冲突。
    pub retention_days: Option<u64>,
}

impl serde::Serialize for ModifyAutoSnapshotPolicyAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyAutoSnapshotPolicyAttributeRequest",
            1 + usize::from(self.is_activated.is_some())
                + usize::from(self.is_permanent.is_some())
                + usize::from(self.auto_snapshot_policy_name.is_some())
                + usize::from(self.policy.is_some())
                + usize::from(self.retention_days.is_some()),
        )?;
        s.field("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.optional("IsActivated", &self.is_activated)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("AutoSnapshotPolicyName", &self.auto_snapshot_policy_name)?;
        s.optional("Policy", &self.policy)?;
        s.optional("RetentionDays", &self.retention_days)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyAutoSnapshotPolicyAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for ModifyAutoSnapshotPolicyAttributeRequest {
    const NAME: &'static str = "ModifyAutoSnapshotPolicyAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "AutoSnapshotPolicyId",
        "IsActivated",
        "IsPermanent",
        "AutoSnapshotPolicyName",
        "Policy",
        "RetentionDays",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    auto_snapshot_policy_id: f0,
                    is_activated: r.or_default(f1),
                    is_permanent: r.or_default(f2),
                    auto_snapshot_policy_name: r.or_default(f3),
                    policy: r.or_default(f4),
                    retention_days: r.or_default(f5),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyAutoSnapshotPolicyAttributeRequest {
    /// The request with its required members (`AutoSnapshotPolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(auto_snapshot_policy_id: impl Into<String>) -> Self {
        Self {
            auto_snapshot_policy_id: auto_snapshot_policy_id.into(),
            is_activated: None,
            is_permanent: None,
            auto_snapshot_policy_name: None,
            policy: None,
            retention_days: None,
        }
    }
}

impl tencent_action::Request for ModifyAutoSnapshotPolicyAttributeRequest {
    type Action = ModifyAutoSnapshotPolicyAttribute;
}

/// Modifies cloud disk attributes (修改云硬盘属性): the request of `ModifyDiskAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDiskAttributes`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDiskAttributesRequest {
    /// One or more cloud disk ids to be operated, which can be queried through the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. if multiple cloud disk ids are passed in, only modifying all cloud disks to the same attribute is supported.
    ///
    /// 一个或多个待操作的云硬盘ID，可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。如果传入多个云盘ID，仅支持将所有云盘修改为同一属性。
    pub disk_ids: Vec<String>,
    /// Name of new cloud disk.
    ///
    /// 新的云硬盘名称。
    pub disk_name: Option<String>,
    /// Whether it is an elastic cloud disk. FALSE: non-elastic cloud disk; TRUE: elastic cloud disk. You can only modify non-elastic cloud disks to elastic cloud disks.
    ///
    /// 是否为弹性云盘，FALSE表示非弹性云盘，TRUE表示弹性云盘。仅支持非弹性云盘修改为弹性云盘。
    pub portable: Option<bool>,
    /// The new project ID of the cloud disk. Only the project ID of elastic cloud disk can be modified. The available projects and their IDs can be queried via the API [DescribeProject](https://www.tencentcloud.com/document/api/651/54679).
    ///
    /// 新的云硬盘项目ID，只支持修改弹性云盘的项目ID。通过[DescribeProject](https://cloud.tencent.com/document/api/378/4400)接口查询可用项目及其ID。
    pub project_id: Option<u64>,
    /// Whether the cloud disk is terminated with the CVM after it has been successfully mounted. `TRUE` indicates that it is terminated with the CVM. `FALSE` indicates that it is not terminated with the CVM. This is only supported for cloud disks and data disks that are pay-as-you-go.
    ///
    /// 成功挂载到云主机后该云硬盘是否随云主机销毁，TRUE表示随云主机销毁，FALSE表示不随云主机销毁。仅支持按量计费云硬盘数据盘。
    pub delete_with_instance: Option<bool>,
    /// When changing the CLOUD disk type, you can input this parameter to indicate the target type. valid values:
    ///
    /// - CLOUD_PREMIUM: refers to high-performance CLOUD block storage
    ///
    /// - CLOUD_SSD: refers to SSD CLOUD disk.
    ///
    /// batch type change is not supported. when inputting DiskType, DiskIds only supports entering one CLOUD disk id.
    ///
    /// changing the CLOUD disk type does not support changing other attributes at the same time.
    ///
    /// For details, see [adjust cloud disk type](https://www.tencentcloud.com/document/product/362/32540?from_cn_redirect=1).
    ///
    /// 变更云盘类型时，可传入该参数，表示变更的目标类型，取值范围：
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// - CLOUD_SSD：表示SSD云硬盘。
    ///
    /// 当前不支持批量变更类型，即传入DiskType时，DiskIds仅支持传入一块云盘；
    ///
    /// 变更云盘类型时不支持同时变更其他属性。
    ///
    /// 具体说明请参考[调整云硬盘类型](https://cloud.tencent.com/document/product/362/32540)
    pub disk_type: Option<String>,
    /// Enable/Disable cloud disk performance burst feature. valid values:.
    ///
    /// CREATE: enable.
    ///
    /// Specifies to CANCEL and close.
    ///
    /// 开启/关闭云盘性能突发功能，取值范围：
    ///
    /// CREATE：开启
    ///
    /// CANCEL：关闭
    pub burst_performance_operation: Option<String>,
}

impl serde::Serialize for ModifyDiskAttributesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDiskAttributesRequest",
            1 + usize::from(self.disk_name.is_some())
                + usize::from(self.portable.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.delete_with_instance.is_some())
                + usize::from(self.disk_type.is_some())
                + usize::from(self.burst_performance_operation.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("DiskName", &self.disk_name)?;
        s.optional("Portable", &self.portable)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("DeleteWithInstance", &self.delete_with_instance)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("BurstPerformanceOperation", &self.burst_performance_operation)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDiskAttributesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyDiskAttributesRequest {
    const NAME: &'static str = "ModifyDiskAttributesRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskIds",
        "DiskName",
        "Portable",
        "ProjectId",
        "DeleteWithInstance",
        "DiskType",
        "BurstPerformanceOperation",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    disk_name: r.or_default(f1),
                    portable: r.or_default(f2),
                    project_id: r.or_default(f3),
                    delete_with_instance: r.or_default(f4),
                    disk_type: r.or_default(f5),
                    burst_performance_operation: r.or_default(f6),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyDiskAttributesRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            disk_name: None,
            portable: None,
            project_id: None,
            delete_with_instance: None,
            disk_type: None,
            burst_performance_operation: None,
        }
    }
}

impl tencent_action::Request for ModifyDiskAttributesRequest {
    type Action = ModifyDiskAttributes;
}

/// Modifies the cloud disk backup point quota (调整云硬盘备份点配额): the request of `ModifyDiskBackupQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDiskBackupQuota`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDiskBackupQuotaRequest {
    /// Cloud disk ID. can be queried via the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api.
    ///
    /// 云硬盘ID。可通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: String,
    /// Adjusted cloud disk backup point quota. value range: 1-1024.
    ///
    /// 调整之后的云硬盘备份点配额。取值范围为1 ~ 1024。
    pub disk_backup_quota: u64,
}

impl serde::Serialize for ModifyDiskBackupQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDiskBackupQuotaRequest",
            2,
        )?;
        s.field("DiskId", &self.disk_id)?;
        s.field("DiskBackupQuota", &self.disk_backup_quota)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDiskBackupQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyDiskBackupQuotaRequest {
    const NAME: &'static str = "ModifyDiskBackupQuotaRequest";
    const FIELDS: &'static [&'static str] = &["DiskId", "DiskBackupQuota"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_id: f0,
                    disk_backup_quota: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ModifyDiskBackupQuotaRequest {
    /// The request with its required members (`DiskId`, `DiskBackupQuota`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_id: impl Into<String>, disk_backup_quota: u64) -> Self {
        Self {
            disk_id: disk_id.into(),
            disk_backup_quota,
        }
    }
}

impl tencent_action::Request for ModifyDiskBackupQuotaRequest {
    type Action = ModifyDiskBackupQuota;
}

/// Adjusts the cloud disk’s extra performance (调整云硬盘额外性能): the request of `ModifyDiskExtraPerformance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDiskExtraPerformance`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDiskExtraPerformanceRequest {
    /// Specifies the hard disk performance of the additional CBS purchase in MiB/s.
    ///
    /// 额外购买的云硬盘性能值，单位MiB/s。
    pub throughput_performance: u64,
    /// The CLOUD disk ID for which extra performance needs to be purchased. it can be queried via the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. extra performance is only supported for enhanced SSD (CLOUD_HSSD) and ultra-fast SSD (CLOUD_TSSD) CBS disks exceeding 460GiB in size.
    ///
    /// 需要购买额外性能值的云硬盘ID，可通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。仅大小超过460GiB的增强型SSD（CLOUD_HSSD）和极速型SSD（CLOUD_TSSD）云硬盘才支持购买额外性能。
    pub disk_id: String,
}

impl serde::Serialize for ModifyDiskExtraPerformanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDiskExtraPerformanceRequest",
            2,
        )?;
        s.field("ThroughputPerformance", &self.throughput_performance)?;
        s.field("DiskId", &self.disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDiskExtraPerformanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyDiskExtraPerformanceRequest {
    const NAME: &'static str = "ModifyDiskExtraPerformanceRequest";
    const FIELDS: &'static [&'static str] = &["ThroughputPerformance", "DiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    throughput_performance: f0,
                    disk_id: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ModifyDiskExtraPerformanceRequest {
    /// The request with its required members (`ThroughputPerformance`, `DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(throughput_performance: u64, disk_id: impl Into<String>) -> Self {
        Self {
            throughput_performance,
            disk_id: disk_id.into(),
        }
    }
}

impl tencent_action::Request for ModifyDiskExtraPerformanceRequest {
    type Action = ModifyDiskExtraPerformance;
}

/// 修改弹性云硬盘计费模式: the request of `ModifyDisksChargeType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDisksChargeType`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDisksChargeTypeRequest {
    /// 一个或多个待操作的云硬盘ID,可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。每次请求批量云硬盘上限为100。
    pub disk_ids: Vec<String>,
    /// 设置为预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。
    pub disk_charge_prepaid: Option<DiskChargePrepaid>,
    /// 设置为后付费模式
    pub disk_charge_postpaid: Option<bool>,
}

impl serde::Serialize for ModifyDisksChargeTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDisksChargeTypeRequest",
            1 + usize::from(self.disk_charge_prepaid.is_some())
                + usize::from(self.disk_charge_postpaid.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.optional("DiskChargePostpaid", &self.disk_charge_postpaid)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDisksChargeTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyDisksChargeTypeRequest {
    const NAME: &'static str = "ModifyDisksChargeTypeRequest";
    const FIELDS: &'static [&'static str] = &[
        "DiskIds",
        "DiskChargePrepaid",
        "DiskChargePostpaid",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    disk_charge_prepaid: r.or_default(f1),
                    disk_charge_postpaid: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyDisksChargeTypeRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            disk_charge_prepaid: None,
            disk_charge_postpaid: None,
        }
    }
}

impl tencent_action::Request for ModifyDisksChargeTypeRequest {
    type Action = ModifyDisksChargeType;
}

/// 修改云硬盘续费标识: the request of `ModifyDisksRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDisksRenewFlag`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDisksRenewFlagRequest {
    /// 一个或多个待操作的云硬盘ID，该参数可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_ids: Vec<String>,
    /// 云硬盘的自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    pub renew_flag: String,
    /// 该参数支持设置云硬盘的自动续费周期，单位为月。取值范围：\[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36\]
    pub auto_renew_period: Option<u64>,
}

impl serde::Serialize for ModifyDisksRenewFlagRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDisksRenewFlagRequest",
            2 + usize::from(self.auto_renew_period.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.field("RenewFlag", &self.renew_flag)?;
        s.optional("AutoRenewPeriod", &self.auto_renew_period)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDisksRenewFlagRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyDisksRenewFlagRequest {
    const NAME: &'static str = "ModifyDisksRenewFlagRequest";
    const FIELDS: &'static [&'static str] = &["DiskIds", "RenewFlag", "AutoRenewPeriod"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    renew_flag: f1,
                    auto_renew_period: r.or_default(f2),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl ModifyDisksRenewFlagRequest {
    /// The request with its required members (`DiskIds`, `RenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_ids: impl IntoIterator<Item = impl Into<String>>,
        renew_flag: impl Into<String>,
    ) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            renew_flag: renew_flag.into(),
            auto_renew_period: None,
        }
    }
}

impl tencent_action::Request for ModifyDisksRenewFlagRequest {
    type Action = ModifyDisksRenewFlag;
}

/// 修改单副本SSD硬盘属性: the request of `ModifyRemoteDiskAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRemoteDiskAttributes`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRemoteDiskAttributesRequest {
    /// 一个或多个待操作的单副本SSD硬盘ID。如果传入多个单副本SSD硬盘ID，只支持所有硬盘修改为同一属性。
    pub remote_disk_ids: Vec<String>,
    /// 新的单副本SSD硬盘名称
    pub disk_name: Option<String>,
    /// 新的单副本SSD硬盘项目ID。
    pub project_id: Option<u64>,
    /// 云硬盘的自动续费标识
    ///
    /// 枚举值：
    ///
    /// - NOTIFY_AND_AUTO_RENEW： 通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW： 通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW： 不通知过期不自动续费
    pub auto_renew_flag: Option<String>,
}

impl serde::Serialize for ModifyRemoteDiskAttributesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyRemoteDiskAttributesRequest",
            1 + usize::from(self.disk_name.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.auto_renew_flag.is_some()),
        )?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.optional("DiskName", &self.disk_name)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("AutoRenewFlag", &self.auto_renew_flag)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyRemoteDiskAttributesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyRemoteDiskAttributesRequest {
    const NAME: &'static str = "ModifyRemoteDiskAttributesRequest";
    const FIELDS: &'static [&'static str] = &[
        "RemoteDiskIds",
        "DiskName",
        "ProjectId",
        "AutoRenewFlag",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    remote_disk_ids: f0,
                    disk_name: r.or_default(f1),
                    project_id: r.or_default(f2),
                    auto_renew_flag: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyRemoteDiskAttributesRequest {
    /// The request with its required members (`RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(remote_disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
            disk_name: None,
            project_id: None,
            auto_renew_flag: None,
        }
    }
}

impl tencent_action::Request for ModifyRemoteDiskAttributesRequest {
    type Action = ModifyRemoteDiskAttributes;
}

/// Modifies snapshot information (修改快照信息): the request of `ModifySnapshotAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySnapshotAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySnapshotAttributeRequest {
    /// Snapshot ID. can be queried via DescribeSnapshots (<https://www.tencentcloud.com/document/api/362/15647?from_cn_redirect=1>).
    ///
    /// 快照ID, 可通过[DescribeSnapshots](https://cloud.tencent.com/document/api/362/15647)查询。
    pub snapshot_id: String,
    /// Snapshot retention mode. Valid values: `FALSE`: non-permanent retention; `TRUE`: permanent retention.
    ///
    /// 快照的保留方式，FALSE表示非永久保留，TRUE表示永久保留。
    pub is_permanent: Option<bool>,
    /// Name of new snapshot. Maximum length is 60 bytes.
    ///
    /// 新的快照名称。最长为60个字符。
    pub snapshot_name: Option<String>,
    /// Specifies the snapshot expiration time. the snapshot will be simultaneously set to the non-permanent retention method. snapshots exceeding the expiry time will be automatically deleted. note: this parameter is valid only when IsPermanent is False.
    ///
    /// 快照的到期时间；设置好快照将会被同时设置为非永久保留方式；超过到期时间后快照将会被自动删除。注：该参数仅在参数IsPermanent为False时生效。
    pub deadline: Option<String>,
}

impl serde::Serialize for ModifySnapshotAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifySnapshotAttributeRequest",
            1 + usize::from(self.is_permanent.is_some())
                + usize::from(self.snapshot_name.is_some())
                + usize::from(self.deadline.is_some()),
        )?;
        s.field("SnapshotId", &self.snapshot_id)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("SnapshotName", &self.snapshot_name)?;
        s.optional("Deadline", &self.deadline)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifySnapshotAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifySnapshotAttributeRequest {
    const NAME: &'static str = "ModifySnapshotAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotId",
        "IsPermanent",
        "SnapshotName",
        "Deadline",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    snapshot_id: f0,
                    is_permanent: r.or_default(f1),
                    snapshot_name: r.or_default(f2),
                    deadline: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifySnapshotAttributeRequest {
    /// The request with its required members (`SnapshotId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_id: impl Into<String>) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
            is_permanent: None,
            snapshot_name: None,
            deadline: None,
        }
    }
}

impl tencent_action::Request for ModifySnapshotAttributeRequest {
    type Action = ModifySnapshotAttribute;
}

/// Modifies snapshot sharing information (修改快照分享信息): the request of `ModifySnapshotsSharePermission`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySnapshotsSharePermission`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifySnapshotsSharePermissionRequest {
    /// The ID of the snapshot. You can obtain this by using [DescribeSnapshots](https://intl.cloud.tencent.com/document/api/362/15647?from_cn_redirect=1).
    ///
    /// 快照ID, 可通过[DescribeSnapshots](https://cloud.tencent.com/document/api/362/15647)查询获取。
    pub snapshot_ids: Vec<String>,
    /// Account Id list for receiving shared snapshots. the format of array-type parameters can be found in the API overview (<https://www.tencentcloud.com/document/API/213/568?from_cn_redirect=1>). the account Id is different from a QQ number. to query a user account Id, view the account Id column in the account information (<https://console.cloud.tencent.com/developer>).
    ///
    /// 接收分享快照的账号Id列表，array型参数的格式可以参考[API简介](https://cloud.tencent.com/document/api/213/568)。账号ID不同于QQ号，查询用户账号ID请查看[账号信息](https://console.cloud.tencent.com/developer)中的账号ID栏。
    pub account_ids: Vec<String>,
    /// Operations. Valid values: `SHARE`, sharing an image; `CANCEL`, cancelling the sharing of an image.
    ///
    /// 操作，包括 SHARE，CANCEL。其中SHARE代表分享操作，CANCEL代表取消分享操作。
    pub permission: String,
}

impl serde::Serialize for ModifySnapshotsSharePermissionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifySnapshotsSharePermissionRequest",
            3,
        )?;
        s.field("SnapshotIds", &self.snapshot_ids)?;
        s.field("AccountIds", &self.account_ids)?;
        s.field("Permission", &self.permission)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifySnapshotsSharePermissionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifySnapshotsSharePermissionRequest {
    const NAME: &'static str = "ModifySnapshotsSharePermissionRequest";
    const FIELDS: &'static [&'static str] = &["SnapshotIds", "AccountIds", "Permission"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    snapshot_ids: f0,
                    account_ids: f1,
                    permission: f2,
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl ModifySnapshotsSharePermissionRequest {
    /// The request with its required members (`SnapshotIds`, `AccountIds`, `Permission`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_ids: impl IntoIterator<Item = impl Into<String>>,
        account_ids: impl IntoIterator<Item = impl Into<String>>,
        permission: impl Into<String>,
    ) -> Self {
        Self {
            snapshot_ids: snapshot_ids.into_iter().map(Into::into).collect(),
            account_ids: account_ids.into_iter().map(Into::into).collect(),
            permission: permission.into(),
        }
    }
}

impl tencent_action::Request for ModifySnapshotsSharePermissionRequest {
    type Action = ModifySnapshotsSharePermission;
}

/// Renew a cloud block storage (续费云硬盘): the request of `RenewDisk`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewDisk`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenewDiskRequest {
    /// Specifies the parameter CurInstanceDeadline in the scenario where the cloud disk and mounted instance renew together. at this point, the cloud disk renewal aligns with the instance renewal expiry date.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月云硬盘的续费时长。
    ///
    /// 在云硬盘与挂载的实例一起续费的场景下，可以指定参数CurInstanceDeadline，此时云硬盘会按对齐到实例续费后的到期时间来续费。
    pub disk_charge_prepaid: DiskChargePrepaid,
    /// Cloud disk ID, which can be queried by calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_id: String,
}

impl serde::Serialize for RenewDiskRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RenewDiskRequest",
            2,
        )?;
        s.field("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.field("DiskId", &self.disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RenewDiskRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RenewDiskRequest {
    const NAME: &'static str = "RenewDiskRequest";
    const FIELDS: &'static [&'static str] = &["DiskChargePrepaid", "DiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_prepaid: f0,
                    disk_id: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl RenewDiskRequest {
    /// The request with its required members (`DiskChargePrepaid`, `DiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_charge_prepaid: DiskChargePrepaid,
        disk_id: impl Into<String>,
    ) -> Self {
        Self {
            disk_charge_prepaid,
            disk_id: disk_id.into(),
        }
    }
}

impl tencent_action::Request for RenewDiskRequest {
    type Action = RenewDisk;
}

/// 续费弹性单副本SSD硬盘: the request of `RenewRemoteDisk`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewRemoteDisk`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenewRemoteDiskRequest {
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月单副本SSD硬盘的续费时长。 在云硬盘与挂载的实例一起续费的场景下，可以指定参数CurInstanceDeadline，此时单副本SSD硬盘会按对齐到实例续费后的到期时间来续费。
    pub disk_charge_prepaid: RemoteDiskChargePrepaid,
    /// 单副本SSD硬盘ID。
    pub remote_disk_id: String,
}

impl serde::Serialize for RenewRemoteDiskRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RenewRemoteDiskRequest",
            2,
        )?;
        s.field("DiskChargePrepaid", &self.disk_charge_prepaid)?;
        s.field("RemoteDiskId", &self.remote_disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RenewRemoteDiskRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RenewRemoteDiskRequest {
    const NAME: &'static str = "RenewRemoteDiskRequest";
    const FIELDS: &'static [&'static str] = &["DiskChargePrepaid", "RemoteDiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    disk_charge_prepaid: f0,
                    remote_disk_id: f1,
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl RenewRemoteDiskRequest {
    /// The request with its required members (`DiskChargePrepaid`, `RemoteDiskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disk_charge_prepaid: RemoteDiskChargePrepaid,
        remote_disk_id: impl Into<String>,
    ) -> Self {
        Self {
            disk_charge_prepaid,
            remote_disk_id: remote_disk_id.into(),
        }
    }
}

impl tencent_action::Request for RenewRemoteDiskRequest {
    type Action = RenewRemoteDisk;
}

/// Expanding Cloud Disk Capacity (扩容云硬盘): the request of `ResizeDisk`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResizeDisk`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResizeDiskRequest {
    /// Cloud disk size after scale out (in GB). This must be larger than the current size of the cloud disk. For the value range of the cloud disk sizes, see cloud disk [Product Types](https://intl.cloud.tencent.com/document/product/362/2353?from_cn_redirect=1).
    ///
    /// 云硬盘扩容后的大小，单位为GB，必须大于当前云硬盘大小。云盘大小取值范围参见云硬盘[产品分类](https://cloud.tencent.com/document/product/362/2353)的说明。
    pub disk_size: u64,
    /// Cloud disk ID, which can be queried by calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api. this field is only required when expanding a single cloud disk.
    ///
    /// 云硬盘ID， 通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。该字段仅供单块云硬盘扩容时传入。
    pub disk_id: Option<String>,
}

impl serde::Serialize for ResizeDiskRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResizeDiskRequest",
            1 + usize::from(self.disk_id.is_some()),
        )?;
        s.field("DiskSize", &self.disk_size)?;
        s.optional("DiskId", &self.disk_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResizeDiskRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ResizeDiskRequest {
    const NAME: &'static str = "ResizeDiskRequest";
    const FIELDS: &'static [&'static str] = &["DiskSize", "DiskId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_size: f0,
                    disk_id: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ResizeDiskRequest {
    /// The request with its required members (`DiskSize`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_size: u64) -> Self {
        Self { disk_size, disk_id: None }
    }
}

impl tencent_action::Request for ResizeDiskRequest {
    type Action = ResizeDisk;
}

/// 获取创建弹性单副本SSD硬盘的订单参数: the request of `SwitchParameterCreateRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SwitchParameterCreateRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchParameterCreateRemoteDisksRequest {
    /// 实例所在的位置。通过该参数可以指定实例所属可用区、所属项目等属性。
    pub placement: Placement,
}

impl serde::Serialize for SwitchParameterCreateRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SwitchParameterCreateRemoteDisksRequest",
            1,
        )?;
        s.field("Placement", &self.placement)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for SwitchParameterCreateRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for SwitchParameterCreateRemoteDisksRequest {
    const NAME: &'static str = "SwitchParameterCreateRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &["Placement"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { placement: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl SwitchParameterCreateRemoteDisksRequest {
    /// The request with its required members (`Placement`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(placement: Placement) -> Self {
        Self { placement }
    }
}

impl tencent_action::Request for SwitchParameterCreateRemoteDisksRequest {
    type Action = SwitchParameterCreateRemoteDisks;
}

/// 获取续费弹性单副本SSD硬盘的订单参数: the request of `SwitchParameterRenewRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SwitchParameterRenewRemoteDisks`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SwitchParameterRenewRemoteDisksRequest {}

impl serde::Serialize for SwitchParameterRenewRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "SwitchParameterRenewRemoteDisksRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for SwitchParameterRenewRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for SwitchParameterRenewRemoteDisksRequest {
    const NAME: &'static str = "SwitchParameterRenewRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &[];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        while r.next().is_some() {
            r.skip();
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {})
    }
}

impl tencent_action::Request for SwitchParameterRenewRemoteDisksRequest {
    type Action = SwitchParameterRenewRemoteDisks;
}

/// Returns a cloud disk (退还云硬盘): the request of `TerminateDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TerminateDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateDisksRequest {
    /// List of cloud disk ids to be returned, which can be queried by calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) api.
    ///
    /// 需退还的云盘ID列表，通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询。
    pub disk_ids: Vec<String>,
    /// Delete the associated non-permanently reserved snapshots upon deletion of the source cloud disk. `0`: No (default). `1`: Yes. To check whether a snapshot is permanently reserved, refer to the `IsPermanent` field returned by the `DescribeSnapshots` API.
    ///
    /// 销毁云盘时删除关联的非永久保留快照。0 表示非永久快照不随云盘销毁而销毁，1表示非永久快照随云盘销毁而销毁，默认取0。快照是否永久保留可以通过DescribeSnapshots接口返回的快照详情的IsPermanent字段来判断，true表示永久快照，false表示非永久快照。
    pub delete_snapshot: Option<i64>,
}

impl serde::Serialize for TerminateDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TerminateDisksRequest",
            1 + usize::from(self.delete_snapshot.is_some()),
        )?;
        s.field("DiskIds", &self.disk_ids)?;
        s.optional("DeleteSnapshot", &self.delete_snapshot)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for TerminateDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for TerminateDisksRequest {
    const NAME: &'static str = "TerminateDisksRequest";
    const FIELDS: &'static [&'static str] = &["DiskIds", "DeleteSnapshot"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disk_ids: f0,
                    delete_snapshot: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl TerminateDisksRequest {
    /// The request with its required members (`DiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            disk_ids: disk_ids.into_iter().map(Into::into).collect(),
            delete_snapshot: None,
        }
    }
}

impl tencent_action::Request for TerminateDisksRequest {
    type Action = TerminateDisks;
}

/// 销毁弹性单副本SSD硬盘: the request of `TerminateRemoteDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TerminateRemoteDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateRemoteDisksRequest {
    /// 一个或多个单副本SSD硬盘ID。
    pub remote_disk_ids: Vec<String>,
}

impl serde::Serialize for TerminateRemoteDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TerminateRemoteDisksRequest",
            1,
        )?;
        s.field("RemoteDiskIds", &self.remote_disk_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for TerminateRemoteDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for TerminateRemoteDisksRequest {
    const NAME: &'static str = "TerminateRemoteDisksRequest";
    const FIELDS: &'static [&'static str] = &["RemoteDiskIds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { remote_disk_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl TerminateRemoteDisksRequest {
    /// The request with its required members (`RemoteDiskIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(remote_disk_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            remote_disk_ids: remote_disk_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for TerminateRemoteDisksRequest {
    type Action = TerminateRemoteDisks;
}

/// Unbinding a Scheduled Snapshot Policy (解绑定期快照策略): the request of `UnbindAutoSnapshotPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnbindAutoSnapshotPolicy`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnbindAutoSnapshotPolicyRequest {
    /// ID of scheduled snapshot policy to be unbound.
    ///
    /// 要解绑的定期快照策略ID。
    pub auto_snapshot_policy_id: String,
    /// ID list of cloud disks from which the regular snapshot policy is unbound. specifies this parameter or the InstanceIds parameter. a minimum of one is required.
    ///
    /// 要解绑定期快照策略的云盘ID列表。此参数与 InstanceIds 参数至少需要传入一个。
    pub disk_ids: Option<Vec<String>>,
    /// Instance ID list to unbind the periodic snapshot policy. this parameter or the DiskIds parameter requires a minimum of one input.
    ///
    /// 要解绑定期快照策略的实例ID列表。此参数与 DiskIds 参数至少需要传入一个。
    pub instance_ids: Option<Vec<String>>,
}

impl serde::Serialize for UnbindAutoSnapshotPolicyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "UnbindAutoSnapshotPolicyRequest",
            1 + usize::from(self.disk_ids.is_some())
                + usize::from(self.instance_ids.is_some()),
        )?;
        s.field("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.optional("DiskIds", &self.disk_ids)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for UnbindAutoSnapshotPolicyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for UnbindAutoSnapshotPolicyRequest {
    const NAME: &'static str = "UnbindAutoSnapshotPolicyRequest";
    const FIELDS: &'static [&'static str] = &[
        "AutoSnapshotPolicyId",
        "DiskIds",
        "InstanceIds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    auto_snapshot_policy_id: f0,
                    disk_ids: r.or_default(f1),
                    instance_ids: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl UnbindAutoSnapshotPolicyRequest {
    /// The request with its required members (`AutoSnapshotPolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(auto_snapshot_policy_id: impl Into<String>) -> Self {
        Self {
            auto_snapshot_policy_id: auto_snapshot_policy_id.into(),
            disk_ids: None,
            instance_ids: None,
        }
    }
}

impl tencent_action::Request for UnbindAutoSnapshotPolicyRequest {
    type Action = UnbindAutoSnapshotPolicy;
}
