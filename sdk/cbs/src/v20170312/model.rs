//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// Retention policy for scheduled snapshots. All four parameters are required.
///
/// 定期快照高级保留策略，四个参数都为必选参数
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedRetentionPolicy {
    /// Retains the latest snapshot of each day within the specified number of Days. value range: \[0, 100\].
    ///
    /// 保留最新快照Days天内的每天最新的一个快照，取值范围：\[0, 100\]
    pub days: Option<u64>,
    /// Reserve the latest snapshot of each week for Weeks. value range: \[0, 100\].
    ///
    /// 保留最新快照Weeks周内的每周最新的一个快照，取值范围：\[0, 100\]
    pub weeks: Option<u64>,
    /// Reserve the latest snapshot of each month within Months Months. value range: \[0, 100\].
    ///
    /// 保留最新快照Months月内的每月最新的一个快照， 取值范围：\[0, 100\]
    pub months: Option<u64>,
    /// Reserve the latest snapshot of each year within Years Years. value range: \[0, 100\].
    ///
    /// 保留最新快照Years年内的每年最新的一个快照，取值范围：\[0, 100\]
    pub years: Option<u64>,
}

impl serde::Serialize for AdvancedRetentionPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AdvancedRetentionPolicy",
            usize::from(self.days.is_some()) + usize::from(self.weeks.is_some())
                + usize::from(self.months.is_some()) + usize::from(self.years.is_some()),
        )?;
        s.optional("Days", &self.days)?;
        s.optional("Weeks", &self.weeks)?;
        s.optional("Months", &self.months)?;
        s.optional("Years", &self.years)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdvancedRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AdvancedRetentionPolicy {
    const NAME: &'static str = "AdvancedRetentionPolicy";
    const FIELDS: &'static [&'static str] = &["Days", "Weeks", "Months", "Years"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            days: r.or_default(f0),
            weeks: r.or_default(f1),
            months: r.or_default(f2),
            years: r.or_default(f3),
        })
    }
}

/// This parameter is used for the snapshot group rollback API input, representing the cloud disks and snapshot list to be rolled back.
///
/// 本参数用于快照组回滚接口的入参，表示回滚的云盘、快照列表。
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyDisk {
    /// Specifies the snapshot ID associated with the snapshot group.
    ///
    /// 快照组关联的快照ID。
    pub snapshot_id: String,
    /// Specifies the original cloud disk ID of the snapshot associated with the snapshot group.
    ///
    /// 快照组关联快照对应的原云硬盘ID。
    pub disk_id: String,
}

impl serde::Serialize for ApplyDisk {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(serializer, "ApplyDisk", 2)?;
        s.field("SnapshotId", &self.snapshot_id)?;
        s.field("DiskId", &self.disk_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplyDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ApplyDisk {
    const NAME: &'static str = "ApplyDisk";
    const FIELDS: &'static [&'static str] = &["SnapshotId", "DiskId"];
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
                    snapshot_id: f0,
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

/// This describes the number of mounted and mountable data disks of an instance.
///
/// 描述一个实例已挂载和可挂载数据盘的数量。
#[derive(Debug, Clone, PartialEq)]
pub struct AttachDetail {
    /// Instance ID
    ///
    /// 实例ID。
    pub instance_id: Option<String>,
    /// The number of instances mounted to data disk.
    ///
    /// 实例已挂载数据盘的数量。
    pub attached_disk_count: Option<u64>,
    /// The maximum number of instances that can be mounted to data disk.
    ///
    /// 实例最大可挂载数据盘的数量。
    pub max_attach_count: Option<u64>,
}

impl serde::Serialize for AttachDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AttachDetail",
            usize::from(self.instance_id.is_some())
                + usize::from(self.attached_disk_count.is_some())
                + usize::from(self.max_attach_count.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("AttachedDiskCount", &self.attached_disk_count)?;
        s.optional("MaxAttachCount", &self.max_attach_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AttachDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AttachDetail {
    const NAME: &'static str = "AttachDetail";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "AttachedDiskCount",
        "MaxAttachCount",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_id: r.or_default(f0),
            attached_disk_count: r.or_default(f1),
            max_attach_count: r.or_default(f2),
        })
    }
}

/// Describes how a newly purchased cloud disk is initialized and attached to a CVM instance.
///
/// 描述了新购云硬盘时自动将云硬盘初始化并挂载至云服务器内部的配置。
#[derive(Debug, Clone, PartialEq)]
pub struct AutoMountConfiguration {
    /// ID of the instance to which the cloud disk is attached.
    ///
    /// 要挂载到的实例ID。
    pub instance_id: Vec<String>,
    /// Mount point in the instance.
    ///
    /// 子机内的挂载点。
    pub mount_point: Option<Vec<String>>,
    /// File system type. Valid values: `ext4`, `xfs`.
    ///
    /// 文件系统类型，支持的有 ext4、xfs。
    pub file_system_type: Option<String>,
}

impl serde::Serialize for AutoMountConfiguration {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AutoMountConfiguration",
            1 + usize::from(self.mount_point.is_some())
                + usize::from(self.file_system_type.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("MountPoint", &self.mount_point)?;
        s.optional("FileSystemType", &self.file_system_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoMountConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AutoMountConfiguration {
    const NAME: &'static str = "AutoMountConfiguration";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "MountPoint",
        "FileSystemType",
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
                    instance_id: f0,
                    mount_point: r.or_default(f1),
                    file_system_type: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// This describes the detailed information of the scheduled snapshot policy.
///
/// 描述了定期快照策略的详细信息
#[derive(Debug, Clone, PartialEq)]
pub struct AutoSnapshotPolicy {
    /// It lists IDs of cloud disks that have been bound to the current regular snapshot policy.
    ///
    /// In the scenario of DescribeDiskAssociatedAutoSnapshotPolicy, this field returns empty.
    ///
    /// 已绑定当前定期快照策略的云盘ID列表。
    ///
    /// DescribeDiskAssociatedAutoSnapshotPolicy场景下该字段返回为空。
    pub disk_id_set: Option<Vec<String>>,
    /// Whether scheduled snapshot policy is activated.
    ///
    /// 定期快照策略是否激活。
    pub is_activated: Option<bool>,
    /// Status of regular snapshot policy. valid values:.
    ///
    /// - NORMAL: specifies the scaling group is in normal state.
    ///
    /// .
    ///
    /// - ISOLATED: specifies the instance is isolated.
    ///
    /// .
    ///
    /// 定期快照策略的状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - ISOLATED：已隔离
    pub auto_snapshot_policy_state: Option<String>,
    /// Whether it is a cross-account snapshot replication. valid values: 1 (yes), 0 (no).
    ///
    /// 是否是跨账号复制快照, 1：是, 0: 不是
    pub is_copy_to_remote: Option<u64>,
    /// Whether the snapshot created by this scheduled snapshot policy is retained permanently.
    ///
    /// 使用该定期快照策略创建出来的快照是否永久保留。
    pub is_permanent: Option<bool>,
    /// The time the scheduled snapshot will be triggered again.
    ///
    /// 定期快照下次触发的时间。
    pub next_trigger_time: Option<String>,
    /// Scheduled snapshot policy name.
    ///
    /// 定期快照策略名称。
    pub auto_snapshot_policy_name: Option<String>,
    /// Scheduled snapshot policy ID.
    ///
    /// 定期快照策略ID。
    pub auto_snapshot_policy_id: Option<String>,
    /// The policy for executing the scheduled snapshot.
    ///
    /// 定期快照的执行策略。
    pub policy: Option<Vec<Policy>>,
    /// The time the scheduled snapshot policy was created.
    ///
    /// 定期快照策略的创建时间。
    pub create_time: Option<String>,
    /// Number of days the snapshot created by this scheduled snapshot policy is retained.
    ///
    /// 使用该定期快照策略创建出来的快照保留天数。
    pub retention_days: Option<u64>,
    /// ID of the replication target account
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 复制的目标账户ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub copy_to_account_uin: Option<String>,
    /// Lists instance ids that are bound to the current periodic snapshot policy.
    ///
    /// 已绑定当前定期快照策略的实例ID列表。
    pub instance_id_set: Option<Vec<String>>,
    /// Specifies the number of months snapshot can be retained.
    ///
    /// 该定期快照创建的快照可以保留的月数。
    pub retention_months: Option<u64>,
    /// Specifies the maximum retention number of snapshots created by scheduled snapshot.
    ///
    /// 该定期快照创建的快照最大保留数量。
    pub retention_amount: Option<u64>,
    /// Retention policy for scheduled snapshots.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 定期快照高级保留策略。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub advanced_retention_policy: Option<AdvancedRetentionPolicy>,
    /// Source account ID of the copied snapshot policy
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 该复制快照策略的源端账户ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub copy_from_account_uin: Option<String>,
    /// Tag.
    ///
    /// 标签。
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for AutoSnapshotPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AutoSnapshotPolicy",
            usize::from(self.disk_id_set.is_some())
                + usize::from(self.is_activated.is_some())
                + usize::from(self.auto_snapshot_policy_state.is_some())
                + usize::from(self.is_copy_to_remote.is_some())
                + usize::from(self.is_permanent.is_some())
                + usize::from(self.next_trigger_time.is_some())
                + usize::from(self.auto_snapshot_policy_name.is_some())
                + usize::from(self.auto_snapshot_policy_id.is_some())
                + usize::from(self.policy.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.retention_days.is_some())
                + usize::from(self.copy_to_account_uin.is_some())
                + usize::from(self.instance_id_set.is_some())
                + usize::from(self.retention_months.is_some())
                + usize::from(self.retention_amount.is_some())
                + usize::from(self.advanced_retention_policy.is_some())
                + usize::from(self.copy_from_account_uin.is_some())
                + usize::from(self.tags.is_some()),
        )?;
        s.optional("DiskIdSet", &self.disk_id_set)?;
        s.optional("IsActivated", &self.is_activated)?;
        s.optional("AutoSnapshotPolicyState", &self.auto_snapshot_policy_state)?;
        s.optional("IsCopyToRemote", &self.is_copy_to_remote)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("NextTriggerTime", &self.next_trigger_time)?;
        s.optional("AutoSnapshotPolicyName", &self.auto_snapshot_policy_name)?;
        s.optional("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.optional("Policy", &self.policy)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("RetentionDays", &self.retention_days)?;
        s.optional("CopyToAccountUin", &self.copy_to_account_uin)?;
        s.optional("InstanceIdSet", &self.instance_id_set)?;
        s.optional("RetentionMonths", &self.retention_months)?;
        s.optional("RetentionAmount", &self.retention_amount)?;
        s.optional("AdvancedRetentionPolicy", &self.advanced_retention_policy)?;
        s.optional("CopyFromAccountUin", &self.copy_from_account_uin)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoSnapshotPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AutoSnapshotPolicy {
    const NAME: &'static str = "AutoSnapshotPolicy";
    const FIELDS: &'static [&'static str] = &[
        "DiskIdSet",
        "IsActivated",
        "AutoSnapshotPolicyState",
        "IsCopyToRemote",
        "IsPermanent",
        "NextTriggerTime",
        "AutoSnapshotPolicyName",
        "AutoSnapshotPolicyId",
        "Policy",
        "CreateTime",
        "RetentionDays",
        "CopyToAccountUin",
        "InstanceIdSet",
        "RetentionMonths",
        "RetentionAmount",
        "AdvancedRetentionPolicy",
        "CopyFromAccountUin",
        "Tags",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.plain(&mut f17),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_id_set: r.or_default(f0),
            is_activated: r.or_default(f1),
            auto_snapshot_policy_state: r.or_default(f2),
            is_copy_to_remote: r.or_default(f3),
            is_permanent: r.or_default(f4),
            next_trigger_time: r.or_default(f5),
            auto_snapshot_policy_name: r.or_default(f6),
            auto_snapshot_policy_id: r.or_default(f7),
            policy: r.or_default(f8),
            create_time: r.or_default(f9),
            retention_days: r.or_default(f10),
            copy_to_account_uin: r.or_default(f11),
            instance_id_set: r.or_default(f12),
            retention_months: r.or_default(f13),
            retention_amount: r.or_default(f14),
            advanced_retention_policy: r.or_default(f15),
            copy_from_account_uin: r.or_default(f16),
            tags: r.or_default(f17),
        })
    }
}

/// 描述独享集群的详细信息。
#[derive(Debug, Clone, PartialEq)]
pub struct Cdc {
    /// 独享集群围笼ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cage_id: Option<String>,
    /// Exclusive cluster status. value ranges from:
    ///
    /// - NORMAL: NORMAL;
    ///
    /// - CLOSED: CLOSED. at this time, the exclusive cluster will be unavailable to create new cloud disks;
    ///
    /// - FAULT: abnormal exclusive cluster status. at this point, the exclusive cluster will be inoperable, and the tencent cloud ops team will promptly fix the cluster;
    ///
    /// - ISOLATED: the exclusive cluster is ISOLATED due to not renewed timely. at this moment, the exclusive cluster will be unavailable to create new cloud disks, and the corresponding cloud disks will also be inoperable.
    ///
    /// .
    ///
    /// 独享集群状态。取值范围：
    ///
    /// - NORMAL：正常；
    ///
    /// - CLOSED：关闭，此时将不可使用该独享集群创建新的云硬盘；
    ///
    /// - FAULT：独享集群状态异常，此时独享集群将不可操作，腾讯云运维团队将会及时修复该集群；
    ///
    /// - ISOLATED：因未及时续费导致独享集群被隔离，此时将不可使用该独享集群创建新的云硬盘，对应的云硬盘也将不可操作。
    pub cdc_state: Option<String>,
    /// Specifies the AZ ID of the exclusive cluster.
    ///
    /// 独享集群所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)ID。
    pub zone: Option<String>,
    /// 独享集群实例名称。
    pub cdc_name: Option<String>,
    /// Specifies the capacity size of the dedicated cluster.
    ///
    /// 独享集群的资源容量大小。
    pub cdc_resource: Option<CdcSize>,
    /// 独享集群实例id。
    pub cdc_id: Option<String>,
    /// Exclusive cluster type. valid values:
    ///
    /// - CLOUD_BASIC: BASIC CLOUD disk cluster
    ///
    /// - CLOUD_PREMIUM: high-performance CLOUD block storage cluster
    ///
    /// - CLOUD_SSD: SSD CLOUD disk cluster.
    ///
    /// .
    ///
    /// 独享集群类型。取值范围：
    ///
    /// - CLOUD_BASIC：表示普通云硬盘集群
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘集群
    ///
    /// - CLOUD_SSD：SSD表示SSD云硬盘集群。
    pub disk_type: Option<String>,
    /// Expiry time of the dedicated cloud disk cluster.
    ///
    /// 独享集群到期时间。
    pub expired_time: Option<String>,
    /// Creation time of the resource pool.
    ///
    /// 存储池创建时间。
    pub created_time: Option<String>,
    /// Number of cloud disks created in the current cluster.
    ///
    /// 当前集群中已创建的云盘数量。
    pub disk_number: Option<u64>,
}

impl serde::Serialize for Cdc {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Cdc",
            usize::from(self.cage_id.is_some()) + usize::from(self.cdc_state.is_some())
                + usize::from(self.zone.is_some()) + usize::from(self.cdc_name.is_some())
                + usize::from(self.cdc_resource.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.disk_type.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.disk_number.is_some()),
        )?;
        s.optional("CageId", &self.cage_id)?;
        s.optional("CdcState", &self.cdc_state)?;
        s.optional("Zone", &self.zone)?;
        s.optional("CdcName", &self.cdc_name)?;
        s.optional("CdcResource", &self.cdc_resource)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("DiskNumber", &self.disk_number)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Cdc {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Cdc {
    const NAME: &'static str = "Cdc";
    const FIELDS: &'static [&'static str] = &[
        "CageId",
        "CdcState",
        "Zone",
        "CdcName",
        "CdcResource",
        "CdcId",
        "DiskType",
        "ExpiredTime",
        "CreatedTime",
        "DiskNumber",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            cage_id: r.or_default(f0),
            cdc_state: r.or_default(f1),
            zone: r.or_default(f2),
            cdc_name: r.or_default(f3),
            cdc_resource: r.or_default(f4),
            cdc_id: r.or_default(f5),
            disk_type: r.or_default(f6),
            expired_time: r.or_default(f7),
            created_time: r.or_default(f8),
            disk_number: r.or_default(f9),
        })
    }
}

/// 显示独享集群的大小
#[derive(Debug, Clone, PartialEq)]
pub struct CdcSize {
    /// 独享集群的总容量大小，单位GiB
    pub disk_total: Option<u64>,
    /// Specifies the available capacity size of the dedicated cluster in GiB.
    ///
    /// 独享集群的可用容量大小，单位GiB
    pub disk_available: Option<u64>,
}

impl serde::Serialize for CdcSize {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CdcSize",
            usize::from(self.disk_total.is_some())
                + usize::from(self.disk_available.is_some()),
        )?;
        s.optional("DiskTotal", &self.disk_total)?;
        s.optional("DiskAvailable", &self.disk_available)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CdcSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CdcSize {
    const NAME: &'static str = "CdcSize";
    const FIELDS: &'static [&'static str] = &["DiskTotal", "DiskAvailable"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_total: r.or_default(f0),
            disk_available: r.or_default(f1),
        })
    }
}

/// CDC 独享集群云硬盘统计信息。
#[derive(Debug, Clone, PartialEq)]
pub struct DedicatedClusterDiskStatistic {
    /// 硬盘介质类型。取值范围：
    ///
    /// \<li\>CLOUD_BASIC：表示普通云硬盘
    ///
    /// \<li\>CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// \<li\>CLOUD_SSD：表示SSD云硬盘
    ///
    /// \<li\>CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// \<li\>CLOUD_TSSD：表示极速型SSD云硬盘。
    pub disk_type: Option<String>,
    /// 云硬盘总容量。
    ///
    /// 单位：GiB
    pub total_disk_size: Option<u64>,
    /// 已使用的云硬盘容量。
    ///
    /// 单位：GiB
    pub used_disk_size: Option<u64>,
    /// 可用的云硬盘容量。
    ///
    /// 单位：GiB
    pub available_disk_size: Option<u64>,
}

impl serde::Serialize for DedicatedClusterDiskStatistic {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DedicatedClusterDiskStatistic",
            usize::from(self.disk_type.is_some())
                + usize::from(self.total_disk_size.is_some())
                + usize::from(self.used_disk_size.is_some())
                + usize::from(self.available_disk_size.is_some()),
        )?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("TotalDiskSize", &self.total_disk_size)?;
        s.optional("UsedDiskSize", &self.used_disk_size)?;
        s.optional("AvailableDiskSize", &self.available_disk_size)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DedicatedClusterDiskStatistic {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DedicatedClusterDiskStatistic {
    const NAME: &'static str = "DedicatedClusterDiskStatistic";
    const FIELDS: &'static [&'static str] = &[
        "DiskType",
        "TotalDiskSize",
        "UsedDiskSize",
        "AvailableDiskSize",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_type: r.or_default(f0),
            total_disk_size: r.or_default(f1),
            used_disk_size: r.or_default(f2),
            available_disk_size: r.or_default(f3),
        })
    }
}

/// Pricing details for the cloud disk.
///
/// 描述购买云硬盘时的费用明细。
#[derive(Debug, Clone, PartialEq)]
pub struct DetailPrice {
    /// Billing unit for pay-as-you-go cloud disks. Valid value: `HOUR` (billed hourly).
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘的计价单元，取值范围：HOUR：表示后付费云硬盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub charge_unit: Option<String>,
    /// Discounted price of a monthly subscribed cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price: Option<f64>,
    /// Discounted highly-precise price of a monthly subscribed cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 高精度预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_high: Option<String>,
    /// Original price of a monthly subscribed cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price: Option<f64>,
    /// Original highly-precise price of a monthly subscribed cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 高精度预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_high: Option<String>,
    /// Name of the billable item displayed in the console.
    ///
    /// 描述计费项目名称
    pub price_name: Option<String>,
    /// Name of a billable item.
    ///
    /// 描述计费项目显示名称，用户控制台展示
    pub price_title: Option<String>,
    /// Original unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price: Option<f64>,
    /// Discount unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount: Option<f64>,
    /// Discounted highly-precise unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount_high: Option<String>,
    /// Original highly-precise unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_high: Option<String>,
}

impl serde::Serialize for DetailPrice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DetailPrice",
            usize::from(self.charge_unit.is_some())
                + usize::from(self.discount_price.is_some())
                + usize::from(self.discount_price_high.is_some())
                + usize::from(self.original_price.is_some())
                + usize::from(self.original_price_high.is_some())
                + usize::from(self.price_name.is_some())
                + usize::from(self.price_title.is_some())
                + usize::from(self.unit_price.is_some())
                + usize::from(self.unit_price_discount.is_some())
                + usize::from(self.unit_price_discount_high.is_some())
                + usize::from(self.unit_price_high.is_some()),
        )?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.optional("DiscountPriceHigh", &self.discount_price_high)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("OriginalPriceHigh", &self.original_price_high)?;
        s.optional("PriceName", &self.price_name)?;
        s.optional("PriceTitle", &self.price_title)?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("UnitPriceDiscount", &self.unit_price_discount)?;
        s.optional("UnitPriceDiscountHigh", &self.unit_price_discount_high)?;
        s.optional("UnitPriceHigh", &self.unit_price_high)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DetailPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DetailPrice {
    const NAME: &'static str = "DetailPrice";
    const FIELDS: &'static [&'static str] = &[
        "ChargeUnit",
        "DiscountPrice",
        "DiscountPriceHigh",
        "OriginalPrice",
        "OriginalPriceHigh",
        "PriceName",
        "PriceTitle",
        "UnitPrice",
        "UnitPriceDiscount",
        "UnitPriceDiscountHigh",
        "UnitPriceHigh",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            charge_unit: r.or_default(f0),
            discount_price: r.or_default(f1),
            discount_price_high: r.or_default(f2),
            original_price: r.or_default(f3),
            original_price_high: r.or_default(f4),
            price_name: r.or_default(f5),
            price_title: r.or_default(f6),
            unit_price: r.or_default(f7),
            unit_price_discount: r.or_default(f8),
            unit_price_discount_high: r.or_default(f9),
            unit_price_high: r.or_default(f10),
        })
    }
}

/// The details of a cloud disk
///
/// 描述了云硬盘的详细信息
#[derive(Debug, Clone, PartialEq)]
pub struct Disk {
    /// Specifies whether the cloud disk is destroyed along with the mounted instance.
    ///
    /// - true: destroy the cloud disk along with the instance. only hourly postpaid cloud disk is supported.
    ///
    /// - false: destroying instance without destroying cloud disk.
    ///
    /// .
    ///
    /// 云盘是否与挂载的实例一起销毁。
    ///
    /// - true:销毁实例时会同时销毁云盘，只支持按小时后付费云盘。
    ///
    /// - false：销毁实例时不销毁云盘。
    pub delete_with_instance: Option<bool>,
    /// AUTO renewal flag. supported values:
    ///
    /// - NOTIFY_AND_AUTO_RENEW: NOTIFY expiry AND RENEW automatically
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: NOTIFY expiry but not RENEW automatically
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: neither NOTIFY expiry nor RENEW automatically.
    ///
    /// .
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费。
    pub renew_flag: Option<String>,
    /// Hard disk media type. valid values:
    ///
    /// - CLOUD_BASIC: BASIC CLOUD disk
    ///
    /// - CLOUD_PREMIUM: high-performance CLOUD block storage
    ///
    /// - CLOUD_BSSD: universal type SSD CLOUD disk
    ///
    /// - CLOUD_SSD: SSD CLOUD disk
    ///
    /// - CLOUD_HSSD: enhanced SSD CLOUD disk
    ///
    /// - CLOUD_TSSD: ultra-fast SSD cbs.
    ///
    /// .
    ///
    /// 硬盘介质类型。取值范围：
    ///
    /// - CLOUD_BASIC：表示普通云硬盘
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
    pub disk_type: Option<String>,
    /// Cloud disk state. valid values:
    ///
    /// - UNATTACHED: unmounted
    ///
    /// - ATTACHING: mounting
    ///
    /// - ATTACHED: mounted
    ///
    /// - DETACHING: unmounting
    ///
    /// - EXPANDING: EXPANDING
    ///
    /// - ROLLBACKING: rolling back
    ///
    /// - TORECYCLE: to be recycled
    ///
    /// - DUMPING: copying hard drive.
    ///
    /// .
    ///
    /// 云盘状态。取值范围：
    ///
    /// - UNATTACHED：未挂载
    ///
    /// - ATTACHING：挂载中
    ///
    /// - ATTACHED：已挂载
    ///
    /// - DETACHING：解挂中
    ///
    /// - EXPANDING：扩容中
    ///
    /// - ROLLBACKING：回滚中
    ///
    /// - TORECYCLE：待回收
    ///
    /// - DUMPING：拷贝硬盘中。
    pub disk_state: Option<String>,
    /// The total number of snapshots of the cloud disk.
    ///
    /// 云盘拥有的快照总数。
    pub snapshot_count: Option<i64>,
    /// Cloud disk mounted to child machine, and both child machine and cloud disk are on a monthly subscription basis.
    ///
    /// - true: auto renewal flag is set for child machine, but cloud disk not set
    ///
    /// - false: cloud disk auto-renewal flag normal
    ///
    /// .
    ///
    /// 云盘已挂载到子机，且子机与云盘都是包年包月。
    ///
    /// - true：子机设置了自动续费标识，但云盘未设置
    ///
    /// - false：云盘自动续费标识正常。
    pub auto_renew_flag_error: Option<bool>,
    /// Indicates if the cloud disk is in snapshot rollback status. valid values:
    ///
    /// - false: means not in snapshot rollback status
    ///
    /// - true: means in snapshot rollback status.
    ///
    /// .
    ///
    /// 云盘是否处于快照回滚状态。取值范围：
    ///
    /// - false:表示不处于快照回滚状态
    ///
    /// - true:表示处于快照回滚状态。
    pub rollbacking: Option<bool>,
    /// For non-shareable cloud disks, this parameter is null. For shareable cloud disks, this parameters indicates this cloud disk's Instance IDs currently mounted to the CVM.
    ///
    /// 对于非共享型云盘，该参数为空数组。对于共享型云盘，则表示该云盘当前被挂载到的CVM实例InstanceId
    pub instance_id_list: Option<Vec<String>>,
    /// Indicates whether the cloud disk is encrypted. valid values:
    ///
    /// - false: non-encrypted disk
    ///
    /// - true: encrypted disk
    ///
    /// .
    ///
    /// 云盘是否为加密盘。取值范围：
    ///
    /// - false:表示非加密盘
    ///
    /// - true:表示加密盘。
    pub encrypt: Option<bool>,
    /// Cloud disk name.
    ///
    /// 云硬盘名称。
    pub disk_name: Option<String>,
    /// Specifies whether to create a snapshot when the cloud disk is terminated due to overdue payment or expiration. `true`: create snapshot; `false`: do not create snapshot.
    ///
    /// 云硬盘因欠费销毁或者到期销毁时， 是否使用快照备份数据的标识。true表示销毁时创建快照进行数据备份。false表示直接销毁，不进行数据备份。
    pub backup_disk: Option<bool>,
    /// It indicates the tag bound to the cloud disk. If the cloud disk is not bound to any tag, the value is empty.
    ///
    /// 与云盘绑定的标签，云盘未绑定标签则取值为空。
    pub tags: Option<Vec<Tag>>,
    /// ID of the CVM to which the cloud disk is mounted.
    ///
    /// 云硬盘挂载的云主机ID。
    pub instance_id: Option<String>,
    /// The mount type of the cloud disk. valid values:
    ///
    /// - PF: PF mount
    ///
    /// - VF: VF mount
    ///
    /// .
    ///
    /// 云盘的挂载类型。取值范围：
    ///
    /// - PF: PF挂载
    ///
    /// - VF: VF挂载
    pub attach_mode: Option<String>,
    /// Regular snapshot ID associated with the cloud disk. return this parameter only when calling the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API with ReturnBindAutoSnapshotPolicy set to TRUE.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 云盘关联的定期快照ID。只有在调用[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口时，入参ReturnBindAutoSnapshotPolicy取值为TRUE才会返回该参数。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub auto_snapshot_policy_ids: Option<Vec<String>>,
    /// Specifies the additional performance value of the CBS in MiB/s.
    ///
    /// 云硬盘额外性能值，单位MiB/s。
    pub throughput_performance: Option<u64>,
    /// Indicates if the cloud disk is in type change. valid values:
    ///
    /// - false: means the cloud disk is not in type change
    ///
    /// - true: means the cloud disk has initiated type change and is migrating.
    ///
    /// .
    ///
    /// 云盘是否处于类型变更中。取值范围：
    ///
    /// - false:表示云盘不处于类型变更中
    ///
    /// - true:表示云盘已发起类型变更，正处于迁移中。
    pub migrating: Option<bool>,
    /// Cloud disk ID.
    ///
    /// 云硬盘ID。
    pub disk_id: Option<String>,
    /// Total snapshot capacity of the cloud disk. unit: MiB.
    ///
    /// 云盘拥有的快照总容量，单位为MiB。
    pub snapshot_size: Option<u64>,
    /// Location of the cloud disk.
    ///
    /// 云硬盘所在的位置。
    pub placement: Option<Placement>,
    /// Determines if a prepaid cloud disk supports proactive return.
    ///
    /// - true: supports proactive return
    ///
    /// - false: does not support proactive return.
    ///
    /// .
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 判断预付费的云盘是否支持主动退还。
    ///
    /// - true:支持主动退还
    ///
    /// - false:不支持主动退还。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub is_returnable: Option<bool>,
    /// Expiration time of the cloud disk.
    ///
    /// 云硬盘的到期时间。
    pub deadline_time: Option<String>,
    /// Indicates whether the cloud disk is mounted to the cvm. valid values:
    ///
    /// - false: means not mounted
    ///
    /// - true: means mounted.
    ///
    /// .
    ///
    /// 云盘是否挂载到云主机上。取值范围：
    ///
    /// - false:表示未挂载
    ///
    /// - true:表示已挂载。
    pub attached: Option<bool>,
    /// Specifies the disk capacity in GiB.
    ///
    /// 云硬盘大小，单位GiB。
    pub disk_size: Option<u64>,
    /// It indicates the migration progress of cloud disk type change. The value range is 0 to 100.
    ///
    /// 云盘类型变更的迁移进度，取值0到100。
    pub migrate_percent: Option<u64>,
    /// Cloud DISK type. valid values:
    ///
    /// - SYSTEM_DISK: SYSTEM DISK
    ///
    /// - DATA_DISK: DATA DISK.
    ///
    /// .
    ///
    /// 云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘。
    pub disk_usage: Option<String>,
    /// Payment mode. valid values:
    ///
    /// - PREPAID: PREPAID, i.e. monthly subscription
    ///
    /// - POSTPAID_BY_HOUR: POSTPAID, i.e. pay-as-you-go.
    ///
    /// .
    ///
    /// 付费模式。取值范围：
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：后付费，即按量计费。
    pub disk_charge_type: Option<String>,
    /// Whether it is an elastic cloud disk. false: Non-elastic cloud disk; true: Elastic cloud disk.
    ///
    /// 是否为弹性云盘，false表示非弹性云盘，true表示弹性云盘。
    pub portable: Option<bool>,
    /// Specifies whether the cloud disk has the capability to create snapshots. valid values:
    ///
    /// - false: cannot create snapshots
    ///
    /// - true: can create snapshots.
    ///
    /// .
    ///
    /// 云盘是否具备创建快照的能力。取值范围：
    ///
    /// - false表示不具备
    ///
    /// - true表示具备。
    pub snapshot_ability: Option<bool>,
    /// Indicates whether the cloud disk expiration time is earlier than that of the instance. this field is valid only when the cloud disk is mounted to the instance and both the instance and the cloud disk are on a monthly subscription basis.
    ///
    /// - true: the expiration time of the cloud disk is earlier than that of the instance.
    ///
    /// - false: cloud disk expiration time later than instance.
    ///
    /// .
    ///
    /// 在云盘已挂载到实例，且实例与云盘都是包年包月的条件下，此字段才有意义。
    ///
    /// - true:云盘到期时间早于实例。
    ///
    /// - false：云盘到期时间晚于实例。
    pub deadline_error: Option<bool>,
    /// Rollback progress of a cloud disk snapshot.
    ///
    /// 云盘快照回滚的进度。
    pub rollback_percent: Option<u64>,
    /// The number of days from the current time to disk expiration (only applicable to prepaid cbs).
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 当前时间距离云硬盘到期的天数（仅对预付费云硬盘有意义）
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub differ_days_of_deadline: Option<i64>,
    /// For prepaid cloud disks that do not support proactive return, this parameter indicates the specific reason for not supporting refund. value range:
    ///
    /// - 1: the cloud disk has already been returned.
    ///
    /// - 2: the cloud disk has expired.
    ///
    /// - 3: the cloud disk does not support return.
    ///
    /// - 8: the maximum returnable quantity is exceeded.
    ///
    /// - 10: non-elastic cloud disks, system disks, and pay-as-you-go cloud disks do not support return.
    ///
    /// .
    ///
    /// 预付费云盘在不支持主动退还的情况下，该参数表明不支持主动退还的具体原因。取值范围：
    ///
    /// - 1：云硬盘已经退还
    ///
    /// - 2：云硬盘已过期
    ///
    /// - 3：云盘不支持退还
    ///
    /// - 8：超过可退还数量的限制。
    ///
    /// - 10：非弹性云硬盘、系统盘、后付费云硬盘等不支持退还
    pub return_fail_code: Option<i64>,
    /// Whether or not cloud disk is shareable cloud disk.
    ///
    /// 云盘是否为共享型云盘。
    pub shareable: Option<bool>,
    /// Creation time of the cloud disk.
    ///
    /// 云硬盘的创建时间。
    pub create_time: Option<String>,
    /// Specifies whether to delete associated non-permanently retained snapshots when destroying the cloud disk. 0 indicates non-permanent snapshots are not deleted with cloud disk destruction, 1 indicates non-permanent snapshots are deleted with cloud disk destruction. default value: 0. whether a snapshot is permanently retained can be determined through the IsPermanent field in the snapshot description returned by the DescribeSnapshots API (<https://www.tencentcloud.com/document/product/362/15647?from_cn_redirect=1>). true indicates permanent snapshot, false indicates non-permanent snapshot.
    ///
    /// 销毁云盘时删除关联的非永久保留快照。0 表示非永久快照不随云盘销毁而销毁，1表示非永久快照随云盘销毁而销毁，默认取0。快照是否永久保留可以通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口返回的快照详情的IsPermanent字段来判断，true表示永久快照，false表示非永久快照。
    pub delete_snapshot: Option<i64>,
    /// Quota of cloud disk backup points, i.e., the maximum number of backup points that a cloud disk can have.
    ///
    /// 云硬盘备份点配额。表示最大可以保留的备份点数量。
    pub disk_backup_quota: Option<u64>,
    /// Number of used cloud disk backups.
    ///
    /// 云硬盘备份点已使用的数量。
    pub disk_backup_count: Option<u64>,
    /// The type of the CBS mounting instance. valid values:
    ///
    /// - CVM
    ///
    /// - EKS
    ///
    /// .
    ///
    /// 云硬盘挂载实例的类型。取值范围：
    ///
    /// - CVM
    ///
    /// - EKS
    pub instance_type: Option<String>,
    /// ID of the last instance to which the cloud disk is attached
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 云硬盘最后一次挂载的实例ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub last_attach_ins_id: Option<String>,
    /// Error prompt for the last operation on cbs.
    ///
    /// 云硬盘最后一次操作错误提示
    pub error_prompt: Option<String>,
    /// Whether performance burst is enabled for the cloud disk.
    ///
    /// 云盘是否开启性能突发
    pub burst_performance: Option<bool>,
    /// Encryption type of cbs. valid values: ENCRYPT_V1 and ENCRYPT_V2, which indicate first generation and second generation encryption technology respectively. the two kinds are incompatible.
    ///
    /// 云硬盘加密类型，值为ENCRYPT_V1和ENCRYPT_V2，分别表示第一代和第二代加密技术，两种加密技术互不兼容
    pub encrypt_type: Option<String>,
    /// Key ID of the encrypted disk.
    ///
    /// 加密盘密钥ID
    pub kms_key_id: Option<String>,
}

impl serde::Serialize for Disk {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Disk",
            usize::from(self.delete_with_instance.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.disk_type.is_some())
                + usize::from(self.disk_state.is_some())
                + usize::from(self.snapshot_count.is_some())
                + usize::from(self.auto_renew_flag_error.is_some())
                + usize::from(self.rollbacking.is_some())
                + usize::from(self.instance_id_list.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.disk_name.is_some())
                + usize::from(self.backup_disk.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.attach_mode.is_some())
                + usize::from(self.auto_snapshot_policy_ids.is_some())
                + usize::from(self.throughput_performance.is_some())
                + usize::from(self.migrating.is_some())
                + usize::from(self.disk_id.is_some())
                + usize::from(self.snapshot_size.is_some())
                + usize::from(self.placement.is_some())
                + usize::from(self.is_returnable.is_some())
                + usize::from(self.deadline_time.is_some())
                + usize::from(self.attached.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.migrate_percent.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.disk_charge_type.is_some())
                + usize::from(self.portable.is_some())
                + usize::from(self.snapshot_ability.is_some())
                + usize::from(self.deadline_error.is_some())
                + usize::from(self.rollback_percent.is_some())
                + usize::from(self.differ_days_of_deadline.is_some())
                + usize::from(self.return_fail_code.is_some())
                + usize::from(self.shareable.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.delete_snapshot.is_some())
                + usize::from(self.disk_backup_quota.is_some())
                + usize::from(self.disk_backup_count.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.last_attach_ins_id.is_some())
                + usize::from(self.error_prompt.is_some())
                + usize::from(self.burst_performance.is_some())
                + usize::from(self.encrypt_type.is_some())
                + usize::from(self.kms_key_id.is_some()),
        )?;
        s.optional("DeleteWithInstance", &self.delete_with_instance)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("DiskState", &self.disk_state)?;
        s.optional("SnapshotCount", &self.snapshot_count)?;
        s.optional("AutoRenewFlagError", &self.auto_renew_flag_error)?;
        s.optional("Rollbacking", &self.rollbacking)?;
        s.optional("InstanceIdList", &self.instance_id_list)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("DiskName", &self.disk_name)?;
        s.optional("BackupDisk", &self.backup_disk)?;
        s.optional("Tags", &self.tags)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("AttachMode", &self.attach_mode)?;
        s.optional("AutoSnapshotPolicyIds", &self.auto_snapshot_policy_ids)?;
        s.optional("ThroughputPerformance", &self.throughput_performance)?;
        s.optional("Migrating", &self.migrating)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("SnapshotSize", &self.snapshot_size)?;
        s.optional("Placement", &self.placement)?;
        s.optional("IsReturnable", &self.is_returnable)?;
        s.optional("DeadlineTime", &self.deadline_time)?;
        s.optional("Attached", &self.attached)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("MigratePercent", &self.migrate_percent)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("DiskChargeType", &self.disk_charge_type)?;
        s.optional("Portable", &self.portable)?;
        s.optional("SnapshotAbility", &self.snapshot_ability)?;
        s.optional("DeadlineError", &self.deadline_error)?;
        s.optional("RollbackPercent", &self.rollback_percent)?;
        s.optional("DifferDaysOfDeadline", &self.differ_days_of_deadline)?;
        s.optional("ReturnFailCode", &self.return_fail_code)?;
        s.optional("Shareable", &self.shareable)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("DeleteSnapshot", &self.delete_snapshot)?;
        s.optional("DiskBackupQuota", &self.disk_backup_quota)?;
        s.optional("DiskBackupCount", &self.disk_backup_count)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("LastAttachInsId", &self.last_attach_ins_id)?;
        s.optional("ErrorPrompt", &self.error_prompt)?;
        s.optional("BurstPerformance", &self.burst_performance)?;
        s.optional("EncryptType", &self.encrypt_type)?;
        s.optional("KmsKeyId", &self.kms_key_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Disk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Disk {
    const NAME: &'static str = "Disk";
    const FIELDS: &'static [&'static str] = &[
        "DeleteWithInstance",
        "RenewFlag",
        "DiskType",
        "DiskState",
        "SnapshotCount",
        "AutoRenewFlagError",
        "Rollbacking",
        "InstanceIdList",
        "Encrypt",
        "DiskName",
        "BackupDisk",
        "Tags",
        "InstanceId",
        "AttachMode",
        "AutoSnapshotPolicyIds",
        "ThroughputPerformance",
        "Migrating",
        "DiskId",
        "SnapshotSize",
        "Placement",
        "IsReturnable",
        "DeadlineTime",
        "Attached",
        "DiskSize",
        "MigratePercent",
        "DiskUsage",
        "DiskChargeType",
        "Portable",
        "SnapshotAbility",
        "DeadlineError",
        "RollbackPercent",
        "DifferDaysOfDeadline",
        "ReturnFailCode",
        "Shareable",
        "CreateTime",
        "DeleteSnapshot",
        "DiskBackupQuota",
        "DiskBackupCount",
        "InstanceType",
        "LastAttachInsId",
        "ErrorPrompt",
        "BurstPerformance",
        "EncryptType",
        "KmsKeyId",
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
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
        let mut f23 = ::core::option::Option::None;
        let mut f24 = ::core::option::Option::None;
        let mut f25 = ::core::option::Option::None;
        let mut f26 = ::core::option::Option::None;
        let mut f27 = ::core::option::Option::None;
        let mut f28 = ::core::option::Option::None;
        let mut f29 = ::core::option::Option::None;
        let mut f30 = ::core::option::Option::None;
        let mut f31 = ::core::option::Option::None;
        let mut f32 = ::core::option::Option::None;
        let mut f33 = ::core::option::Option::None;
        let mut f34 = ::core::option::Option::None;
        let mut f35 = ::core::option::Option::None;
        let mut f36 = ::core::option::Option::None;
        let mut f37 = ::core::option::Option::None;
        let mut f38 = ::core::option::Option::None;
        let mut f39 = ::core::option::Option::None;
        let mut f40 = ::core::option::Option::None;
        let mut f41 = ::core::option::Option::None;
        let mut f42 = ::core::option::Option::None;
        let mut f43 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.tolerant(&mut f24),
                25 => r.tolerant(&mut f25),
                26 => r.tolerant(&mut f26),
                27 => r.tolerant(&mut f27),
                28 => r.tolerant(&mut f28),
                29 => r.tolerant(&mut f29),
                30 => r.tolerant(&mut f30),
                31 => r.tolerant(&mut f31),
                32 => r.tolerant(&mut f32),
                33 => r.tolerant(&mut f33),
                34 => r.tolerant(&mut f34),
                35 => r.tolerant(&mut f35),
                36 => r.tolerant(&mut f36),
                37 => r.tolerant(&mut f37),
                38 => r.tolerant(&mut f38),
                39 => r.tolerant(&mut f39),
                40 => r.tolerant(&mut f40),
                41 => r.tolerant(&mut f41),
                42 => r.tolerant(&mut f42),
                43 => r.tolerant(&mut f43),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            delete_with_instance: r.or_default(f0),
            renew_flag: r.or_default(f1),
            disk_type: r.or_default(f2),
            disk_state: r.or_default(f3),
            snapshot_count: r.or_default(f4),
            auto_renew_flag_error: r.or_default(f5),
            rollbacking: r.or_default(f6),
            instance_id_list: r.or_default(f7),
            encrypt: r.or_default(f8),
            disk_name: r.or_default(f9),
            backup_disk: r.or_default(f10),
            tags: r.or_default(f11),
            instance_id: r.or_default(f12),
            attach_mode: r.or_default(f13),
            auto_snapshot_policy_ids: r.or_default(f14),
            throughput_performance: r.or_default(f15),
            migrating: r.or_default(f16),
            disk_id: r.or_default(f17),
            snapshot_size: r.or_default(f18),
            placement: r.or_default(f19),
            is_returnable: r.or_default(f20),
            deadline_time: r.or_default(f21),
            attached: r.or_default(f22),
            disk_size: r.or_default(f23),
            migrate_percent: r.or_default(f24),
            disk_usage: r.or_default(f25),
            disk_charge_type: r.or_default(f26),
            portable: r.or_default(f27),
            snapshot_ability: r.or_default(f28),
            deadline_error: r.or_default(f29),
            rollback_percent: r.or_default(f30),
            differ_days_of_deadline: r.or_default(f31),
            return_fail_code: r.or_default(f32),
            shareable: r.or_default(f33),
            create_time: r.or_default(f34),
            delete_snapshot: r.or_default(f35),
            disk_backup_quota: r.or_default(f36),
            disk_backup_count: r.or_default(f37),
            instance_type: r.or_default(f38),
            last_attach_ins_id: r.or_default(f39),
            error_prompt: r.or_default(f40),
            burst_performance: r.or_default(f41),
            encrypt_type: r.or_default(f42),
            kms_key_id: r.or_default(f43),
        })
    }
}

/// Cloud disk backup point.
///
/// 云硬盘备份点。
#[derive(Debug, Clone, PartialEq)]
pub struct DiskBackup {
    /// Cloud disk backup point ID.
    ///
    /// 云硬盘备份点的ID。
    pub disk_backup_id: Option<String>,
    /// ID of the cloud disk with which the backup point is associated.
    ///
    /// 云硬盘备份点关联的云硬盘ID。
    pub disk_id: Option<String>,
    /// Specifies the disk capacity in GiB.
    ///
    /// 云硬盘大小，单位GiB。
    pub disk_size: Option<u64>,
    /// Cloud disk type. value ranges from...to...
    ///
    /// .
    ///
    /// - SYSTEM_DISK: specifies the system disk.
    ///
    /// .
    ///
    /// - DATA_DISK: specifies the data disk.
    ///
    /// .
    ///
    /// 云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘。
    pub disk_usage: Option<String>,
    /// Backup point name.
    ///
    /// 备份点名称。
    pub disk_backup_name: Option<String>,
    /// Specifies the status of the cloud disk backup point. valid values:
    ///
    /// .
    ///
    /// - NORMAL: specifies the scaling group is in normal state.
    ///
    /// .
    ///
    /// - CREATING: creating.
    ///
    /// .
    ///
    /// - ROLLBACKING: indicates the rollback is in progress.
    ///
    /// .
    ///
    /// 云硬盘备份点状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - CREATING：创建中
    ///
    /// - ROLLBACKING：回滚中
    pub disk_backup_state: Option<String>,
    /// Specifies the creation percentage of the cloud disk backup point.
    ///
    /// 云硬盘备份点创建百分比。
    pub percent: Option<u64>,
    /// Creation time of the cloud disk backup point.
    ///
    /// 云硬盘备份点的创建时间。
    pub create_time: Option<String>,
    /// Indicates whether the cloud disk is encrypted. valid values:
    ///
    /// - false: non-encrypted disk
    ///
    /// - true: encrypted disk
    ///
    /// .
    ///
    /// 云盘是否为加密盘。取值范围：
    ///
    /// - false:表示非加密盘
    ///
    /// true:表示加密盘。
    pub encrypt: Option<bool>,
}

impl serde::Serialize for DiskBackup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DiskBackup",
            usize::from(self.disk_backup_id.is_some())
                + usize::from(self.disk_id.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.disk_backup_name.is_some())
                + usize::from(self.disk_backup_state.is_some())
                + usize::from(self.percent.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.encrypt.is_some()),
        )?;
        s.optional("DiskBackupId", &self.disk_backup_id)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("DiskBackupName", &self.disk_backup_name)?;
        s.optional("DiskBackupState", &self.disk_backup_state)?;
        s.optional("Percent", &self.percent)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DiskBackup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DiskBackup {
    const NAME: &'static str = "DiskBackup";
    const FIELDS: &'static [&'static str] = &[
        "DiskBackupId",
        "DiskId",
        "DiskSize",
        "DiskUsage",
        "DiskBackupName",
        "DiskBackupState",
        "Percent",
        "CreateTime",
        "Encrypt",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_backup_id: r.or_default(f0),
            disk_id: r.or_default(f1),
            disk_size: r.or_default(f2),
            disk_usage: r.or_default(f3),
            disk_backup_name: r.or_default(f4),
            disk_backup_state: r.or_default(f5),
            percent: r.or_default(f6),
            create_time: r.or_default(f7),
            encrypt: r.or_default(f8),
        })
    }
}

/// Billing mode of the instance
///
/// 描述了实例的计费模式
#[derive(Debug, Clone, PartialEq)]
pub struct DiskChargePrepaid {
    /// Specifies the duration for purchasing cloud block storage (cbs) in months. default unit: month. valid values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36.
    ///
    /// 购买云硬盘的时长，默认单位为月，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
    pub period: u64,
    /// Automatic renewal flag. valid values:.
    ///
    /// - NOTIFY_AND_AUTO_RENEW: notifies expiry and renews automatically.
    ///
    /// .
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: notifies expiry but does not renew automatically.
    ///
    /// .
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: no notification is sent upon expiration, and the instance is not renewed automatically.
    ///
    /// .
    ///
    /// Default value: NOTIFY_AND_MANUAL_RENEW.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_MANUAL_RENEW。
    pub renew_flag: Option<String>,
    /// Specifies the current expiration time of the child machine when the expiration time of the cloud block storage needs to align with the mounted child machine. you can input this parameter. if Period is input at this time, it indicates the duration of child machine renewal. the cloud disk will automatically renew according to the expiration time after the child machine is renewed.
    ///
    /// 需要将云硬盘的到期时间与挂载的子机对齐时，可传入该参数。该参数表示子机当前的到期时间，此时Period如果传入，则表示子机需要续费的时长，云盘会自动按对齐到子机续费后的到期时间续费.
    pub cur_instance_deadline: Option<String>,
}

impl serde::Serialize for DiskChargePrepaid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DiskChargePrepaid",
            1 + usize::from(self.renew_flag.is_some())
                + usize::from(self.cur_instance_deadline.is_some()),
        )?;
        s.field("Period", &self.period)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("CurInstanceDeadline", &self.cur_instance_deadline)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DiskChargePrepaid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DiskChargePrepaid {
    const NAME: &'static str = "DiskChargePrepaid";
    const FIELDS: &'static [&'static str] = &[
        "Period",
        "RenewFlag",
        "CurInstanceDeadline",
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
                    period: f0,
                    renew_flag: r.or_default(f1),
                    cur_instance_deadline: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Cloud disk configuration.
///
/// 云盘配置。
#[derive(Debug, Clone, PartialEq)]
pub struct DiskConfig {
    /// Whether the configuration is available.
    ///
    /// 配置是否可用。
    pub available: Option<bool>,
    /// Payment mode. valid values:
    ///
    /// - PREPAID: PREPAID, i.e. monthly subscription
    ///
    /// - POSTPAID_BY_HOUR: POSTPAID, i.e. pay-as-you-go.
    ///
    /// .
    ///
    /// 付费模式。取值范围：
    ///
    /// - PREPAID：表示预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：表示后付费，即按量计费。
    pub disk_charge_type: Option<String>,
    /// The [Availability Region](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#ZoneInfo) of the cloud drive.
    ///
    /// 云硬盘所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)。
    pub zone: Option<String>,
    /// Instance model series. For more information, please see [Instance Models](https://intl.cloud.tencent.com/document/product/213/11518?from_cn_redirect=1)
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 实例机型系列。详见[实例类型](https://cloud.tencent.com/document/product/213/11518)
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub instance_family: Option<String>,
    /// Cloud disk media type. valid values:
    ///
    /// .
    ///
    /// CLOUD_BASIC: specifies the BASIC CLOUD disk.
    ///
    /// CLOUD_PREMIUM: indicates high-performance CLOUD block storage.
    ///
    /// CLOUD_BSSD: indicates a universal type SSD CLOUD disk.
    ///
    /// CLOUD_SSD: indicates SSD CLOUD disk.
    ///
    /// CLOUD_HSSD: indicates the enhanced SSD CLOUD disk.
    ///
    /// CLOUD_TSSD: indicates ultra-fast ssd cbs.
    ///
    /// 云盘介质类型。取值范围：
    ///
    /// CLOUD_BASIC：表示普通云硬盘
    ///
    /// CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// CLOUD_BSSD：表示通用型SSD云硬盘
    ///
    /// CLOUD_SSD：表示SSD云硬盘
    ///
    /// CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// CLOUD_TSSD：表示极速型SSD云硬盘。
    pub disk_type: Option<String>,
    /// Specifies the minimum step size for disk size change in GiB.
    ///
    /// 云盘大小变化的最小步长，单位GiB。
    pub step_size: Option<u64>,
    /// Additional performance range.
    ///
    /// Note: This field might return null, indicating that no valid values can be obtained.
    ///
    /// 额外的性能区间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub extra_performance_range: Option<Vec<i64>>,
    /// Instance model.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 实例机型。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub device_class: Option<String>,
    /// Cloud DISK type. valid values:
    ///
    /// - SYSTEM_DISK: SYSTEM DISK
    ///
    /// - DATA_DISK: DATA DISK.
    ///
    /// .
    ///
    /// 云盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：表示系统盘
    ///
    /// - DATA_DISK：表示数据盘。
    pub disk_usage: Option<String>,
    /// Specifies the minimum configurable cloud disk size in GiB.
    ///
    /// 最小可配置云盘大小，单位GiB。
    pub min_disk_size: Option<u64>,
    /// Specifies the maximum configurable cloud disk size in GiB.
    ///
    /// 最大可配置云盘大小，单位GiB。
    pub max_disk_size: Option<u64>,
    /// Price of a prepaid or postpaid cloud disk.
    ///
    /// 描述预付费或后付费云盘的价格。
    pub price: Option<Price>,
}

impl serde::Serialize for DiskConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DiskConfig",
            usize::from(self.available.is_some())
                + usize::from(self.disk_charge_type.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.instance_family.is_some())
                + usize::from(self.disk_type.is_some())
                + usize::from(self.step_size.is_some())
                + usize::from(self.extra_performance_range.is_some())
                + usize::from(self.device_class.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.min_disk_size.is_some())
                + usize::from(self.max_disk_size.is_some())
                + usize::from(self.price.is_some()),
        )?;
        s.optional("Available", &self.available)?;
        s.optional("DiskChargeType", &self.disk_charge_type)?;
        s.optional("Zone", &self.zone)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("StepSize", &self.step_size)?;
        s.optional("ExtraPerformanceRange", &self.extra_performance_range)?;
        s.optional("DeviceClass", &self.device_class)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("MinDiskSize", &self.min_disk_size)?;
        s.optional("MaxDiskSize", &self.max_disk_size)?;
        s.optional("Price", &self.price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DiskConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DiskConfig {
    const NAME: &'static str = "DiskConfig";
    const FIELDS: &'static [&'static str] = &[
        "Available",
        "DiskChargeType",
        "Zone",
        "InstanceFamily",
        "DiskType",
        "StepSize",
        "ExtraPerformanceRange",
        "DeviceClass",
        "DiskUsage",
        "MinDiskSize",
        "MaxDiskSize",
        "Price",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.plain(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            available: r.or_default(f0),
            disk_charge_type: r.or_default(f1),
            zone: r.or_default(f2),
            instance_family: r.or_default(f3),
            disk_type: r.or_default(f4),
            step_size: r.or_default(f5),
            extra_performance_range: r.or_default(f6),
            device_class: r.or_default(f7),
            disk_usage: r.or_default(f8),
            min_disk_size: r.or_default(f9),
            max_disk_size: r.or_default(f10),
            price: r.or_default(f11),
        })
    }
}

/// Filter criteria
///
/// 过滤条件
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Name of filter key.
    ///
    /// 过滤键的名称
    pub name: String,
    /// One or more filter values.
    ///
    /// 一个或者多个过滤值
    pub values: Vec<String>,
}

impl serde::Serialize for Filter {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(serializer, "Filter", 2)?;
        s.field("Name", &self.name)?;
        s.field("Values", &self.values)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Filter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Filter {
    const NAME: &'static str = "Filter";
    const FIELDS: &'static [&'static str] = &["Name", "Values"];
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
                ::core::result::Result::Ok(Self { name: f0, values: f1 })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

/// Image
///
/// 镜像。
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Image name.
    ///
    /// 镜像名称。
    pub image_name: Option<String>,
    /// Image instance ID.
    ///
    /// 镜像实例ID。
    pub image_id: Option<String>,
}

impl serde::Serialize for Image {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Image",
            usize::from(self.image_name.is_some()) + usize::from(self.image_id.is_some()),
        )?;
        s.optional("ImageName", &self.image_name)?;
        s.optional("ImageId", &self.image_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Image {
    const NAME: &'static str = "Image";
    const FIELDS: &'static [&'static str] = &["ImageName", "ImageId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            image_name: r.or_default(f0),
            image_id: r.or_default(f1),
        })
    }
}

/// This describes the abstract location of the instance, including the availability zone in which it is located, the projects to which it belongs, and the ID and name of the dedicated clusters to which it belongs.
///
/// 描述了实例的抽象位置，包括其所在的可用区，所属的项目，以及所属的独享集群的ID和名字。
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// The ID of the [Availability Zone](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#ZoneInfo) to which the cloud disk belongs. This parameter can be obtained from the Zone field in the returned values of [DescribeZones](https://intl.cloud.tencent.com/document/product/213/15707?from_cn_redirect=1).
    ///
    /// 云硬盘所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)。该参数也可以通过调用  [DescribeZones](https://cloud.tencent.com/document/product/213/15707) 的返回值中的Zone字段来获取。
    pub zone: Option<String>,
    /// CageId, which can be obtained via [DescribeDiskStoragePool](https://www.tencentcloud.com/document/api/362/62143?from_cn_redirect=1). as an input parameter, it operates on resources of the specified cage Id and can be empty. as an output parameter, it indicates the cage Id to which the resource belongs and can be empty.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 围笼Id，可通过 [DescribeDiskStoragePool](https://cloud.tencent.com/document/api/362/62143) 获取。作为入参时，表示对指定的CageId的资源进行操作，可为空。 作为出参时，表示资源所属围笼ID，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cage_id: Option<String>,
    /// The exclusive cluster ID of the instance. can be obtained via [DescribeDiskStoragePool](https://www.tencentcloud.com/document/api/362/62143?from_cn_redirect=1). as an input parameter, it indicates operations on resources belonging to the designated CdcId exclusive cluster and can be empty. as an output parameter, it indicates the exclusive cluster ID of the resource and can be empty.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 实例所属的独享集群ID。可通过 [DescribeDiskStoragePool](https://cloud.tencent.com/document/api/362/62143) 获取。作为入参时，表示对指定的CdcId独享集群的资源进行操作，可为空。 作为出参时，表示资源所属的独享集群的ID，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cdc_id: Option<String>,
    /// Dedicated cluster name. When it is an input parameter, it is ignored.  When it is an output parameter, it is the name of the dedicated cluster the cloud disk belongs to, and it can be left blank.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 独享集群名字。作为入参时，忽略。作为出参时，表示云硬盘所属的独享集群名，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cdc_name: Option<String>,
    /// Dedicated cluster ID
    ///
    /// 独享集群id。
    pub dedicated_cluster_id: Option<String>,
    /// Instance'S project ID, which can be obtained by DescribeProject. by default if left blank, it is 0, indicating the default project.
    ///
    /// 实例所属项目ID，可通过DescribeProject获取。不填默认为0，表示默认项目。
    pub project_id: Option<u64>,
    /// Project to which instance belongs. search via [DescribeProject](https://www.tencentcloud.com/document/api/651/78725?from_cn_redirect=1).
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 实例所属项目名称，可通过[DescribeProject](https://cloud.tencent.com/document/api/651/78725)获取。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub project_name: Option<String>,
}

impl serde::Serialize for Placement {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Placement",
            usize::from(self.zone.is_some()) + usize::from(self.cage_id.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.cdc_name.is_some())
                + usize::from(self.dedicated_cluster_id.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.project_name.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("CageId", &self.cage_id)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("CdcName", &self.cdc_name)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("ProjectName", &self.project_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Placement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Placement {
    const NAME: &'static str = "Placement";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "CageId",
        "CdcId",
        "CdcName",
        "DedicatedClusterId",
        "ProjectId",
        "ProjectName",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            zone: r.or_default(f0),
            cage_id: r.or_default(f1),
            cdc_id: r.or_default(f2),
            cdc_name: r.or_default(f3),
            dedicated_cluster_id: r.or_default(f4),
            project_id: r.or_default(f5),
            project_name: r.or_default(f6),
        })
    }
}

/// Describes the execution strategy of regular snapshots. it can be understood as executing this scheduled snapshot policy at the moment specified by Hour on the days designated by DayOfWeek/DayOfMonth or at the interval set by IntervalDays. note: DayOfWeek/DayOfMonth/IntervalDays are mutual exclusion rules, required and only one policy rule can be set. if mutual exclusion rules are imported at the same time, only one takes effect, with priority following the sequence listed in the previous context: for example, if all three rules are set, only DayOfWeek comes into effect.
///
/// 描述了定期快照的执行策略。可理解为在DayOfWeek/DayOfMonth指定的几天中，或者是IntervalDays设定的间隔的几天，在Hour指定的时刻点执行该条定期快照策。注：DayOfWeek/DayOfMonth/IntervalDays为互斥规则，必填且仅可设置其中一条策略规则。如果同时传入互斥规则，则只有一条生效，优先级为上文列出顺序：例如将三条规则全部设置，只有 DayOfWeek 生效。
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Specifies the time that that the scheduled snapshot policy will be triggered. The unit is hour. The value range is \[0-23\]. 00:00-23:00 is a total of 24 time points that can be selected. 1 indicates 01:00, and so on.
    ///
    /// 指定定期快照策略的触发时间。单位为小时，取值范围：\[0, 23\]。00:00 ~ 23:00 共 24 个时间点可选，1表示 01:00，依此类推。
    pub hour: Option<Vec<u64>>,
    /// Specifies the days of the week, from Monday to Sunday, on which a scheduled snapshot will be triggered. Value range: \[0, 6\]. 0 indicates triggering on Sunday, 1-6 indicate triggering on Monday-Saturday.
    ///
    /// 指定每周从周一到周日需要触发定期快照的日期，取值范围：\[0, 6\]。0表示周日触发，1-6分别表示周一至周六。
    pub day_of_week: Option<Vec<u64>>,
    /// Specifies the dates of the month on which a scheduled snapshot will be triggered. Value range: \[1, 31\]. `1` to `31` indicate the specific dates of the month; for example, `5` indicates the 5th day of the month. Note: If you set a date that does not exist in some months such as 29, 30, and 31, these months will be skipped for scheduled snapshot creation.
    ///
    /// 指定每月从月初到月底需要触发定期快照的日期,取值范围：\[1, 31\]，1-31分别表示每月的具体日期，比如5表示每月的5号。注：若设置29、30、31等部分月份不存在的日期，则对应不存在日期的月份会跳过不打定期快照。
    pub day_of_month: Option<Vec<u64>>,
    /// Specifies the interval for creating scheduled snapshots in days. Value range: \[1, 365\]. For example, if it is set to `5`, scheduled snapshots will be created every 5 days. Note: If you choose to back up by day, the time for the first backup is theoretically the day when the backup policy is created. If the backup policy creation time on the current day is later than the set backup time, the first backup will be performed in the second backup cycle.
    ///
    /// 指定创建定期快照的间隔天数，取值范围：\[1, 365\]，例如设置为5，则间隔5天即触发定期快照创建。注：当选择按天备份时，理论上第一次备份的时间为备份策略创建当天。如果当天备份策略创建的时间已经晚于设置的备份时间，那么将会等到第二个备份周期再进行第一次备份。
    pub interval_days: Option<u64>,
}

impl serde::Serialize for Policy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Policy",
            usize::from(self.hour.is_some()) + usize::from(self.day_of_week.is_some())
                + usize::from(self.day_of_month.is_some())
                + usize::from(self.interval_days.is_some()),
        )?;
        s.optional("Hour", &self.hour)?;
        s.optional("DayOfWeek", &self.day_of_week)?;
        s.optional("DayOfMonth", &self.day_of_month)?;
        s.optional("IntervalDays", &self.interval_days)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Policy {
    const NAME: &'static str = "Policy";
    const FIELDS: &'static [&'static str] = &[
        "Hour",
        "DayOfWeek",
        "DayOfMonth",
        "IntervalDays",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            hour: r.or_default(f0),
            day_of_week: r.or_default(f1),
            day_of_month: r.or_default(f2),
            interval_days: r.or_default(f3),
        })
    }
}

/// The cost of a prepaid order.
///
/// 预付费订单的费用。
#[derive(Debug, Clone, PartialEq)]
pub struct PrepayPrice {
    /// Discounted price of a monthly-subscribed cloud disk or a snapshot, in USD.
    ///
    /// 预付费云盘或快照预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price: Option<f64>,
    /// Billing unit for postpaid cloud disk. valid values:
    ///
    /// - HOUR: the billing unit for postpaid cloud disk is calculated hourly.
    ///
    /// .
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 后付费云盘的计价单元，取值范围：
    ///
    /// - HOUR：表示后付费云盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub charge_unit: Option<String>,
    /// Original unit price of a pay-as-you-go cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云盘原单价, 单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_high: Option<String>,
    /// Original payment of a monthly-subscribed cloud disk or a snapshot, in USD, with six decimal places.
    ///
    /// 高精度预付费云盘或快照预支费用的原价，单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_high: Option<String>,
    /// Original payment of a monthly-subscribed cloud disk or a snapshot, in USD.
    ///
    /// 预付费云盘或快照预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price: Option<f64>,
    /// Discount unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 后付费云盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount: Option<f64>,
    /// Discounted unit price of a pay-as-you-go cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云盘折扣单价, 单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount_high: Option<String>,
    /// Discounted price of a monthly-subscribed cloud disk or a snapshot, in USD, with six decimal places.
    ///
    /// 高精度预付费云盘或快照预支费用的折扣价，单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_high: Option<String>,
    /// Original unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 后付费云盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price: Option<f64>,
    /// Details list of billable items.
    ///
    /// 计费项目明细列表。
    pub detail_prices: Option<Vec<DetailPrice>>,
}

impl serde::Serialize for PrepayPrice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrepayPrice",
            usize::from(self.discount_price.is_some())
                + usize::from(self.charge_unit.is_some())
                + usize::from(self.unit_price_high.is_some())
                + usize::from(self.original_price_high.is_some())
                + usize::from(self.original_price.is_some())
                + usize::from(self.unit_price_discount.is_some())
                + usize::from(self.unit_price_discount_high.is_some())
                + usize::from(self.discount_price_high.is_some())
                + usize::from(self.unit_price.is_some())
                + usize::from(self.detail_prices.is_some()),
        )?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("UnitPriceHigh", &self.unit_price_high)?;
        s.optional("OriginalPriceHigh", &self.original_price_high)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("UnitPriceDiscount", &self.unit_price_discount)?;
        s.optional("UnitPriceDiscountHigh", &self.unit_price_discount_high)?;
        s.optional("DiscountPriceHigh", &self.discount_price_high)?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("DetailPrices", &self.detail_prices)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrepayPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrepayPrice {
    const NAME: &'static str = "PrepayPrice";
    const FIELDS: &'static [&'static str] = &[
        "DiscountPrice",
        "ChargeUnit",
        "UnitPriceHigh",
        "OriginalPriceHigh",
        "OriginalPrice",
        "UnitPriceDiscount",
        "UnitPriceDiscountHigh",
        "DiscountPriceHigh",
        "UnitPrice",
        "DetailPrices",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.plain(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            discount_price: r.or_default(f0),
            charge_unit: r.or_default(f1),
            unit_price_high: r.or_default(f2),
            original_price_high: r.or_default(f3),
            original_price: r.or_default(f4),
            unit_price_discount: r.or_default(f5),
            unit_price_discount_high: r.or_default(f6),
            discount_price_high: r.or_default(f7),
            unit_price: r.or_default(f8),
            detail_prices: r.or_default(f9),
        })
    }
}

/// Describes the prepaid or postpaid price for the cloud disk.
///
/// 描述预付费或后付费云硬盘的价格。
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// Billing unit for postpaid cloud disk. valid values:
    ///
    /// - HOUR: the billing unit for postpaid cloud disk is calculated hourly.
    ///
    /// .
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘的计价单元，取值范围：HOUR：表示后付费云硬盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub charge_unit: Option<String>,
    /// Discounted price of a monthly-subscribed cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price: Option<f64>,
    /// Discounted payment price of a monthly-subscribed cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_high: Option<String>,
    /// Original price of a monthly-subscribed cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price: Option<f64>,
    /// Original payment of a monthly-subscribed cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_high: Option<String>,
    /// Original unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price: Option<f64>,
    /// Discount unit price of a pay-as-you-go cloud disk, in USD.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount: Option<f64>,
    /// Discounted unit price of a pay-as-you-go cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_discount_high: Option<String>,
    /// Original unit price of a pay-as-you-go cloud disk, in USD, with six decimal places.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高精度后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub unit_price_high: Option<String>,
}

impl serde::Serialize for Price {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Price",
            usize::from(self.charge_unit.is_some())
                + usize::from(self.discount_price.is_some())
                + usize::from(self.discount_price_high.is_some())
                + usize::from(self.original_price.is_some())
                + usize::from(self.original_price_high.is_some())
                + usize::from(self.unit_price.is_some())
                + usize::from(self.unit_price_discount.is_some())
                + usize::from(self.unit_price_discount_high.is_some())
                + usize::from(self.unit_price_high.is_some()),
        )?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.optional("DiscountPriceHigh", &self.discount_price_high)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("OriginalPriceHigh", &self.original_price_high)?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("UnitPriceDiscount", &self.unit_price_discount)?;
        s.optional("UnitPriceDiscountHigh", &self.unit_price_discount_high)?;
        s.optional("UnitPriceHigh", &self.unit_price_high)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Price {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Price {
    const NAME: &'static str = "Price";
    const FIELDS: &'static [&'static str] = &[
        "ChargeUnit",
        "DiscountPrice",
        "DiscountPriceHigh",
        "OriginalPrice",
        "OriginalPriceHigh",
        "UnitPrice",
        "UnitPriceDiscount",
        "UnitPriceDiscountHigh",
        "UnitPriceHigh",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            charge_unit: r.or_default(f0),
            discount_price: r.or_default(f1),
            discount_price_high: r.or_default(f2),
            original_price: r.or_default(f3),
            original_price_high: r.or_default(f4),
            unit_price: r.or_default(f5),
            unit_price_discount: r.or_default(f6),
            unit_price_discount_high: r.or_default(f7),
            unit_price_high: r.or_default(f8),
        })
    }
}

/// 描述了单副本SSD硬盘的预付费计费模式。
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteDiskChargePrepaid {
    /// 购买单副本SSD硬盘的时长，默认单位为月，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
    pub period: u64,
    /// 需要将单副本SSD硬盘的到期时间与挂载的子机对齐时，可传入该参数。该参数表示子机当前的到期时间，此时Period如果传入，则表示子机需要续费的时长，单副本SSD硬盘会自动按对齐到子机续费后的到期时间续费。
    pub cur_instance_deadline: Option<String>,
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_MANUAL_RENEW。
    pub renew_flag: Option<String>,
}

impl serde::Serialize for RemoteDiskChargePrepaid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RemoteDiskChargePrepaid",
            1 + usize::from(self.cur_instance_deadline.is_some())
                + usize::from(self.renew_flag.is_some()),
        )?;
        s.field("Period", &self.period)?;
        s.optional("CurInstanceDeadline", &self.cur_instance_deadline)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoteDiskChargePrepaid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RemoteDiskChargePrepaid {
    const NAME: &'static str = "RemoteDiskChargePrepaid";
    const FIELDS: &'static [&'static str] = &[
        "Period",
        "CurInstanceDeadline",
        "RenewFlag",
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
                    period: f0,
                    cur_instance_deadline: r.or_default(f1),
                    renew_flag: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// 单副本SSD硬盘详情。
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteDiskDetail {
    /// 单副本SSD硬盘的创建时间。
    pub create_time: Option<String>,
    /// 单副本SSD硬盘到期时间。按小时后付费单副本SSD硬盘可能为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub deadline_time: Option<String>,
    /// 单副本SSD硬盘计费类型。
    ///
    /// 枚举值：
    ///
    /// - PREPAID： 预付费
    ///
    /// - POSTPAID_BY_HOUR： 按小时后付费
    pub disk_charge_type: Option<String>,
    /// 单副本SSD硬盘大小，单位为 GiB。
    pub disk_size: Option<u64>,
    /// 单副本SSD硬盘挂载的云服务器实例ID。未挂载时为空字符串。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub instance_id: Option<String>,
    /// 单副本SSD硬盘所在的位置。
    pub placement: Option<Placement>,
    /// 单副本SSD硬盘ID。
    pub remote_disk_id: Option<String>,
    /// 单副本SSD硬盘名称。
    pub remote_disk_name: Option<String>,
    /// 单副本SSD硬盘状态。
    ///
    /// 枚举值：
    ///
    /// - UNATTACHED： 未挂载
    ///
    /// - ATTACHED： 已挂载
    ///
    /// - TORECYCLE： 待回收
    pub remote_disk_state: Option<String>,
    /// 单副本SSD硬盘类型。
    ///
    /// 枚举值：
    ///
    /// - REMOTE_SSD： 单副本SSD硬盘
    ///
    /// - ELASTIC_REMOTE_SSD： 弹性单副本SSD硬盘
    pub remote_disk_type: Option<String>,
    /// 自动续费标识。
    ///
    /// 枚举值：
    ///
    /// - NOTIFY_AND_AUTO_RENEW： 通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW： 通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW： 不通知过期不自动续费
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub renew_flag: Option<String>,
}

impl serde::Serialize for RemoteDiskDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RemoteDiskDetail",
            usize::from(self.create_time.is_some())
                + usize::from(self.deadline_time.is_some())
                + usize::from(self.disk_charge_type.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.placement.is_some())
                + usize::from(self.remote_disk_id.is_some())
                + usize::from(self.remote_disk_name.is_some())
                + usize::from(self.remote_disk_state.is_some())
                + usize::from(self.remote_disk_type.is_some())
                + usize::from(self.renew_flag.is_some()),
        )?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("DeadlineTime", &self.deadline_time)?;
        s.optional("DiskChargeType", &self.disk_charge_type)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Placement", &self.placement)?;
        s.optional("RemoteDiskId", &self.remote_disk_id)?;
        s.optional("RemoteDiskName", &self.remote_disk_name)?;
        s.optional("RemoteDiskState", &self.remote_disk_state)?;
        s.optional("RemoteDiskType", &self.remote_disk_type)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoteDiskDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RemoteDiskDetail {
    const NAME: &'static str = "RemoteDiskDetail";
    const FIELDS: &'static [&'static str] = &[
        "CreateTime",
        "DeadlineTime",
        "DiskChargeType",
        "DiskSize",
        "InstanceId",
        "Placement",
        "RemoteDiskId",
        "RemoteDiskName",
        "RemoteDiskState",
        "RemoteDiskType",
        "RenewFlag",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            create_time: r.or_default(f0),
            deadline_time: r.or_default(f1),
            disk_charge_type: r.or_default(f2),
            disk_size: r.or_default(f3),
            instance_id: r.or_default(f4),
            placement: r.or_default(f5),
            remote_disk_id: r.or_default(f6),
            remote_disk_name: r.or_default(f7),
            remote_disk_state: r.or_default(f8),
            remote_disk_type: r.or_default(f9),
            renew_flag: r.or_default(f10),
        })
    }
}

/// Snapshot sharing information set
///
/// 快照分享信息集合
#[derive(Debug, Clone, PartialEq)]
pub struct SharePermission {
    /// Snapshot sharing time
    ///
    /// 快照分享的时间
    pub created_time: Option<String>,
    /// ID of the shared account
    ///
    /// 分享的账号Id
    pub account_id: Option<String>,
}

impl serde::Serialize for SharePermission {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SharePermission",
            usize::from(self.created_time.is_some())
                + usize::from(self.account_id.is_some()),
        )?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("AccountId", &self.account_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SharePermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SharePermission {
    const NAME: &'static str = "SharePermission";
    const FIELDS: &'static [&'static str] = &["CreatedTime", "AccountId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            created_time: r.or_default(f0),
            account_id: r.or_default(f1),
        })
    }
}

/// The details of a snapshot
///
/// 描述了快照的详细信息
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Location of the snapshot.
    ///
    /// 快照所在的位置。
    pub placement: Option<Placement>,
    /// Specifies whether the snapshot is for cross-region replication. value range:.
    ///
    /// - true: indicates a snapshot for cross-region replication.
    ///
    /// .
    ///
    /// - false: snapshot of the local region.
    ///
    /// .
    ///
    /// 是否为跨地域复制的快照。取值范围：
    ///
    /// - true：表示为跨地域复制的快照。
    ///
    /// - false：本地域的快照。
    pub copy_from_remote: Option<bool>,
    /// Snapshot status. valid values:.
    ///
    /// - NORMAL: specifies the scaling group is normal.
    ///
    /// .
    ///
    /// - CREATING: creating
    ///
    /// .
    ///
    /// - ROLLBACKING: indicates the rollback is in progress.
    ///
    /// .
    ///
    /// - COPYING_FROM_REMOTE: cross geo-replication in progress.
    ///
    /// .
    ///
    /// - CHECKING_COPIED: copying check in progress.
    ///
    /// .
    ///
    /// - TORECYCLE: to be recycled.
    ///
    /// .
    ///
    /// 快照的状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - CREATING：创建中
    ///
    /// - ROLLBACKING：回滚中
    ///
    /// - COPYING_FROM_REMOTE：跨地域复制中
    ///
    /// - CHECKING_COPIED：复制校验中
    ///
    /// - TORECYCLE：待回收
    pub snapshot_state: Option<String>,
    /// Whether it is a permanent snapshot. valid values:.
    ///
    /// - true: permanent snapshot.
    ///
    /// .
    ///
    /// - false: non-permanent snapshot.
    ///
    /// .
    ///
    /// 是否为永久快照。取值范围：
    ///
    /// - true：永久快照
    ///
    /// - false：非永久快照
    pub is_permanent: Option<bool>,
    /// Snapshot name, the user-defined snapshot alias. Call [ModifySnapshotAttribute](https://intl.cloud.tencent.com/document/product/362/15650?from_cn_redirect=1) to modify this field.
    ///
    /// 快照名称，用户自定义的快照别名。调用[ModifySnapshotAttribute](https://cloud.tencent.com/document/product/362/15650)可修改此字段。
    pub snapshot_name: Option<String>,
    /// The expiration time of the snapshot. If the snapshot is permanently retained, this field is blank.
    ///
    /// 快照到期时间。如果快照为永久保留，此字段为空。
    pub deadline_time: Option<String>,
    /// The progress percentage for snapshot creation. This field is always 100 after the snapshot is created successfully.
    ///
    /// 快照创建进度百分比，快照创建成功后此字段恒为100。
    pub percent: Option<u64>,
    /// List of images associated with snapshot.
    ///
    /// 快照关联的镜像列表。
    pub images: Option<Vec<Image>>,
    /// Number of snapshots currently shared
    ///
    /// 快照当前被共享数。
    pub share_reference: Option<u64>,
    /// Specifies the SNAPSHOT type. valid values: `PRIVATE_SNAPSHOT` (PRIVATE SNAPSHOT) or `SHARED_SNAPSHOT` (SHARED SNAPSHOT).
    ///
    /// 快照类型，目前该项取值可以为`PRIVATE_SNAPSHOT`（私有快照）或者`SHARED_SNAPSHOT`（共享快照）
    pub snapshot_type: Option<String>,
    /// Specifies the disk capacity of the CBS for creating this snapshot, in GiB.
    ///
    /// 创建此快照的云硬盘大小，单位GiB。
    pub disk_size: Option<u64>,
    /// ID of the cloud disk used to create this snapshot.
    ///
    /// 创建此快照的云硬盘ID。
    pub disk_id: Option<String>,
    /// Destination region of the snapshot currently under cross region replication. if not, return `[]`.
    ///
    /// 快照正在跨地域复制的目的地域，若没有则返回`[]`。
    pub copying_to_regions: Option<Vec<String>>,
    /// Indicates whether the snapshot is created for an encrypted disk. valid values:.
    ///
    /// - true: specifies the snapshot is created by encrypted disks.
    ///
    /// .
    ///
    /// - false: snapshot created for non-encrypted disk.
    ///
    /// .
    ///
    /// 是否为加密盘创建的快照。取值范围：
    ///
    /// - true：该快照为加密盘创建的
    ///
    /// - false：非加密盘创建的快照
    pub encrypt: Option<bool>,
    /// Creation time of the snapshot.
    ///
    /// 快照的创建时间。
    pub create_time: Option<String>,
    /// Number of images associated with snapshot.
    ///
    /// 快照关联的镜像个数。
    pub image_count: Option<u64>,
    /// Specifies the cloud disk type of the CBS for creating this snapshot. valid values:.
    ///
    /// - SYSTEM_DISK: system disk
    ///
    /// .
    ///
    /// - DATA_DISK: specifies the data disk.
    ///
    /// .
    ///
    /// 创建此快照的云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘
    pub disk_usage: Option<String>,
    /// Snapshot ID.
    ///
    /// 快照ID。
    pub snapshot_id: Option<String>,
    /// The time when the snapshot sharing starts
    ///
    /// 快照开始共享的时间。
    pub time_start_share: Option<String>,
    /// List of tags associated with the snapshot.
    ///
    /// 快照绑定的标签列表。
    pub tags: Option<Vec<Tag>>,
    /// 快照是否锁定。取值范围：
    ///
    /// - true：已锁定
    ///
    /// - false：未锁定
    pub is_locked: Option<bool>,
    /// 快照记录的最新修改时间
    pub latest_modify_time: Option<String>,
    /// 自动快照策略ID，仅当该快照由自动快照策略方式创建时才会返回。
    pub auto_snapshot_policy_id: Option<String>,
    /// 快照模式。取值为 INSTANT_SNAPSHOT 表示极速快照，STANDARD_SNAPSHOT 表示普通快照。
    ///
    /// 枚举值：
    ///
    /// - INSTANT_SNAPSHOT： 极速快照
    ///
    /// - STANDARD_SNAPSHOT： 普通快照
    pub snapshot_mode: Option<String>,
}

impl serde::Serialize for Snapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Snapshot",
            usize::from(self.placement.is_some())
                + usize::from(self.copy_from_remote.is_some())
                + usize::from(self.snapshot_state.is_some())
                + usize::from(self.is_permanent.is_some())
                + usize::from(self.snapshot_name.is_some())
                + usize::from(self.deadline_time.is_some())
                + usize::from(self.percent.is_some())
                + usize::from(self.images.is_some())
                + usize::from(self.share_reference.is_some())
                + usize::from(self.snapshot_type.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.disk_id.is_some())
                + usize::from(self.copying_to_regions.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.image_count.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.snapshot_id.is_some())
                + usize::from(self.time_start_share.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.is_locked.is_some())
                + usize::from(self.latest_modify_time.is_some())
                + usize::from(self.auto_snapshot_policy_id.is_some())
                + usize::from(self.snapshot_mode.is_some()),
        )?;
        s.optional("Placement", &self.placement)?;
        s.optional("CopyFromRemote", &self.copy_from_remote)?;
        s.optional("SnapshotState", &self.snapshot_state)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("SnapshotName", &self.snapshot_name)?;
        s.optional("DeadlineTime", &self.deadline_time)?;
        s.optional("Percent", &self.percent)?;
        s.optional("Images", &self.images)?;
        s.optional("ShareReference", &self.share_reference)?;
        s.optional("SnapshotType", &self.snapshot_type)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("CopyingToRegions", &self.copying_to_regions)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("ImageCount", &self.image_count)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("TimeStartShare", &self.time_start_share)?;
        s.optional("Tags", &self.tags)?;
        s.optional("IsLocked", &self.is_locked)?;
        s.optional("LatestModifyTime", &self.latest_modify_time)?;
        s.optional("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.optional("SnapshotMode", &self.snapshot_mode)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Snapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Snapshot {
    const NAME: &'static str = "Snapshot";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "CopyFromRemote",
        "SnapshotState",
        "IsPermanent",
        "SnapshotName",
        "DeadlineTime",
        "Percent",
        "Images",
        "ShareReference",
        "SnapshotType",
        "DiskSize",
        "DiskId",
        "CopyingToRegions",
        "Encrypt",
        "CreateTime",
        "ImageCount",
        "DiskUsage",
        "SnapshotId",
        "TimeStartShare",
        "Tags",
        "IsLocked",
        "LatestModifyTime",
        "AutoSnapshotPolicyId",
        "SnapshotMode",
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
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
        let mut f23 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            placement: r.or_default(f0),
            copy_from_remote: r.or_default(f1),
            snapshot_state: r.or_default(f2),
            is_permanent: r.or_default(f3),
            snapshot_name: r.or_default(f4),
            deadline_time: r.or_default(f5),
            percent: r.or_default(f6),
            images: r.or_default(f7),
            share_reference: r.or_default(f8),
            snapshot_type: r.or_default(f9),
            disk_size: r.or_default(f10),
            disk_id: r.or_default(f11),
            copying_to_regions: r.or_default(f12),
            encrypt: r.or_default(f13),
            create_time: r.or_default(f14),
            image_count: r.or_default(f15),
            disk_usage: r.or_default(f16),
            snapshot_id: r.or_default(f17),
            time_start_share: r.or_default(f18),
            tags: r.or_default(f19),
            is_locked: r.or_default(f20),
            latest_modify_time: r.or_default(f21),
            auto_snapshot_policy_id: r.or_default(f22),
            snapshot_mode: r.or_default(f23),
        })
    }
}

/// Result of the cross-region replication task
///
/// 描述快照跨地域复制的结果。
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotCopyResult {
    /// ID of the snapshot replica
    ///
    /// 复制到目标地域的新快照ID。
    pub snapshot_id: Option<String>,
    /// Error message. It’s null if the request succeeds.
    ///
    /// 指示具体错误信息，成功时为空字符串。
    pub message: Option<String>,
    /// Error code. It’s `Success` if the request succeeds.
    ///
    /// 错误码，成功时取值为“Success”。
    pub code: Option<String>,
    /// Destination region of the replication task
    ///
    /// 跨地复制的目标地域。
    pub destination_region: Option<String>,
}

impl serde::Serialize for SnapshotCopyResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SnapshotCopyResult",
            usize::from(self.snapshot_id.is_some()) + usize::from(self.message.is_some())
                + usize::from(self.code.is_some())
                + usize::from(self.destination_region.is_some()),
        )?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("Message", &self.message)?;
        s.optional("Code", &self.code)?;
        s.optional("DestinationRegion", &self.destination_region)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SnapshotCopyResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SnapshotCopyResult {
    const NAME: &'static str = "SnapshotCopyResult";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotId",
        "Message",
        "Code",
        "DestinationRegion",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_id: r.or_default(f0),
            message: r.or_default(f1),
            code: r.or_default(f2),
            destination_region: r.or_default(f3),
        })
    }
}

/// It describes the snapshot group details.
///
/// 描述快照组详情
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotGroup {
    /// Specifies the snapshot group ID.
    ///
    /// 快照组ID。
    pub snapshot_group_id: Option<String>,
    /// Snapshot group type. NORMAL: common snapshot group, non-consistent snapshot.
    ///
    /// 快照组类型。NORMAL: 普通快照组，非一致性快照。
    pub snapshot_group_type: Option<String>,
    /// Specifies whether the snapshot group contains a system disk snapshot.
    ///
    /// 快照组是否包含系统盘快照。
    pub contain_root_snapshot: Option<bool>,
    /// Specifies the snapshot ID list included in the snapshot group.
    ///
    /// 快照组包含的快照ID列表。
    pub snapshot_id_set: Option<Vec<String>>,
    /// - NORMAL: specifies the scaling group is in normal state.
    ///
    /// .
    ///
    /// - CREATING: creating.
    ///
    /// .
    ///
    /// - ROLLBACKING: indicates the rollback is in progress.
    ///
    /// .
    ///
    /// - NORMAL: 正常
    ///
    /// - CREATING: 创建中
    ///
    /// - ROLLBACKING: 回滚中
    pub snapshot_group_state: Option<String>,
    /// Specifies the snapshot group creation progress.
    ///
    /// 快照组创建进度。
    pub percent: Option<u64>,
    /// Specifies the snapshot group creation time.
    ///
    /// 快照组创建时间。
    pub create_time: Option<String>,
    /// Latest modification time of the snapshot group.
    ///
    /// 快照组最新修改时间
    pub modify_time: Option<String>,
    /// Specifies the image list associated with the snapshot group.
    ///
    /// 快照组关联的镜像列表。
    pub images: Option<Vec<Image>>,
    /// Specifies the snapshot group name.
    ///
    /// 快照组名称。
    pub snapshot_group_name: Option<String>,
    /// Number of images associated with the snapshot group.
    ///
    /// 快照组关联的镜像数量。
    pub image_count: Option<u64>,
    /// Specifies whether the snapshot group has permanent retention.
    ///
    /// 快照组是否永久保留
    pub is_permanent: Option<bool>,
    /// Specifies the snapshot group expiration time.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 快照组到期时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub deadline_time: Option<String>,
    /// Source automatic snapshot policy ID.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 来源自动快照策略ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub auto_snapshot_policy_id: Option<String>,
}

impl serde::Serialize for SnapshotGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SnapshotGroup",
            usize::from(self.snapshot_group_id.is_some())
                + usize::from(self.snapshot_group_type.is_some())
                + usize::from(self.contain_root_snapshot.is_some())
                + usize::from(self.snapshot_id_set.is_some())
                + usize::from(self.snapshot_group_state.is_some())
                + usize::from(self.percent.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.modify_time.is_some())
                + usize::from(self.images.is_some())
                + usize::from(self.snapshot_group_name.is_some())
                + usize::from(self.image_count.is_some())
                + usize::from(self.is_permanent.is_some())
                + usize::from(self.deadline_time.is_some())
                + usize::from(self.auto_snapshot_policy_id.is_some()),
        )?;
        s.optional("SnapshotGroupId", &self.snapshot_group_id)?;
        s.optional("SnapshotGroupType", &self.snapshot_group_type)?;
        s.optional("ContainRootSnapshot", &self.contain_root_snapshot)?;
        s.optional("SnapshotIdSet", &self.snapshot_id_set)?;
        s.optional("SnapshotGroupState", &self.snapshot_group_state)?;
        s.optional("Percent", &self.percent)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("ModifyTime", &self.modify_time)?;
        s.optional("Images", &self.images)?;
        s.optional("SnapshotGroupName", &self.snapshot_group_name)?;
        s.optional("ImageCount", &self.image_count)?;
        s.optional("IsPermanent", &self.is_permanent)?;
        s.optional("DeadlineTime", &self.deadline_time)?;
        s.optional("AutoSnapshotPolicyId", &self.auto_snapshot_policy_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SnapshotGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SnapshotGroup {
    const NAME: &'static str = "SnapshotGroup";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotGroupId",
        "SnapshotGroupType",
        "ContainRootSnapshot",
        "SnapshotIdSet",
        "SnapshotGroupState",
        "Percent",
        "CreateTime",
        "ModifyTime",
        "Images",
        "SnapshotGroupName",
        "ImageCount",
        "IsPermanent",
        "DeadlineTime",
        "AutoSnapshotPolicyId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_group_id: r.or_default(f0),
            snapshot_group_type: r.or_default(f1),
            contain_root_snapshot: r.or_default(f2),
            snapshot_id_set: r.or_default(f3),
            snapshot_group_state: r.or_default(f4),
            percent: r.or_default(f5),
            create_time: r.or_default(f6),
            modify_time: r.or_default(f7),
            images: r.or_default(f8),
            snapshot_group_name: r.or_default(f9),
            image_count: r.or_default(f10),
            is_permanent: r.or_default(f11),
            deadline_time: r.or_default(f12),
            auto_snapshot_policy_id: r.or_default(f13),
        })
    }
}

/// Tag.
///
/// 标签。
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// Tag key.
    ///
    /// 标签健。
    pub key: Option<String>,
    /// Tag value.
    ///
    /// 标签值。
    pub value: Option<String>,
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Tag",
            usize::from(self.key.is_some()) + usize::from(self.value.is_some()),
        )?;
        s.optional("Key", &self.key)?;
        s.optional("Value", &self.value)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Tag {
    const NAME: &'static str = "Tag";
    const FIELDS: &'static [&'static str] = &["Key", "Value"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            key: r.or_default(f0),
            value: r.or_default(f1),
        })
    }
}
