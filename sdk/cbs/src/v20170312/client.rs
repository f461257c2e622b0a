/// The `cbs` 2017-03-12 API: one method per action, each sending the action's request through the wrapped `tencent_action_client::Client` (its credentials, region, endpoint, retries).
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

    /// Rolls back a backup point (回滚备份点): calls `ApplyDiskBackup`.
    ///
    /// This API is used to roll back a backup to the original cloud disk.
    ///
    /// This API only supports rolling back to the original cloud disk. For data disk backup points, if you need to copy backup point data to other CBS, use first [CreateSnapshot](https://www.tencentcloud.com/document/product/362/15648?from_cn_redirect=1) to convert the backup point to a snapshot, and use [CreateDisks](https://www.tencentcloud.com/document/product/362/16312?from_cn_redirect=1) to create a new elastic cloud disk, then copy snapshot data to the newly purchased cloud disk.
    ///
    /// The backup point used for rollback must be in NORMAL status. The backup point status can be checked through the [DescribeDiskBackups](https://www.tencentcloud.com/document/product/362/80278?from_cn_redirect=1) API, see BackupState field explanation in the output parameter.
    ///
    /// If it is an elastic cloud disk, the CBS must be in an unmounted state. The CBS mount status can be queried through the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API. See Attached field explanation. If it is a non-elastic cloud hard disk purchased together with the instance, the instance must be in a powered off state. The instance status can be queried through the [DescribeInstancesStatus](https://www.tencentcloud.com/document/product/213/15738?from_cn_redirect=1) API.
    ///
    /// 本接口（ApplyDiskBackup）用于回滚备份点到原云硬盘。
    ///
    /// * 仅支持回滚到原云硬盘上。对于数据盘备份点，如果您需要复制备份点数据到其它云硬盘上，请先使用[CreateSnapshot](https://cloud.tencent.com/document/product/362/15648) 将备份点转换为快照，然后使用[CreateDisks](https://cloud.tencent.com/document/product/362/16312) 接口创建新的弹性云硬盘，将快照数据复制到新购云硬盘上。
    ///
    /// * 用于回滚的备份点必须处于NORMAL状态。备份点状态可以通过[DescribeDiskBackups](https://cloud.tencent.com/document/product/362/80278)接口查询，见输出参数中BackupState字段解释。
    ///
    /// * 如果是弹性云硬盘，则云硬盘必须处于未挂载状态，云硬盘挂载状态可以通[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见Attached字段解释；如果是随实例一起购买的非弹性云硬盘，则实例必须处于关机状态，实例状态可以通过[DescribeInstancesStatus](https://cloud.tencent.com/document/product/213/15738)接口查询。
    #[allow(deprecated)]
    #[inline]
    pub fn apply_disk_backup<'a>(
        &'a self,
        request: &'a super::ApplyDiskBackupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ApplyDiskBackup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Rolls back a snapshot (回滚快照): calls `ApplySnapshot`.
    ///
    /// This API (ApplySnapshot) is used to roll back a snapshot to the original cloud disk.
    ///
    /// * The snapshot can only be rolled back to the original cloud disk. For data disk snapshots, if you need to copy the snapshot data to other cloud disks, use the API [CreateDisks](https://intl.cloud.tencent.com/document/product/362/16312?from_cn_redirect=1) to create an elastic cloud disk and then copy the snapshot data to the created cloud disk.
    ///
    /// * The snapshot for rollback must be in NORMAL status. The snapshot status can be queried in the SnapshotState field in the output parameters through the API [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1).
    ///
    /// * For elastic cloud disks, the cloud disk must be in UNMOUNTED status. The cloud disk status can be queried in the Attached field returned by the API [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1). For non-elastic cloud disks purchased together with instances, the instance must be in SHUTDOWN status. The instance status can be queried through the API [DescribeInstancesStatus](https://intl.cloud.tencent.com/document/product/213/15738?from_cn_redirect=1).
    ///
    /// 本接口（ApplySnapshot）用于回滚快照到原云硬盘。
    ///
    /// * 仅支持回滚到原云硬盘上。对于数据盘快照，如果您需要复制快照数据到其它云硬盘上，请使用[CreateDisks](https://cloud.tencent.com/document/product/362/16312)接口创建新的弹性云盘，将快照数据复制到新购云盘上。
    ///
    /// * 用于回滚的快照必须处于NORMAL状态。快照状态可以通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口查询，见输出参数中SnapshotState字段解释。
    ///
    /// * 如果是弹性云盘，则云盘必须处于未挂载状态，云硬盘挂载状态可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见Attached字段解释；如果是随实例一起购买的非弹性云盘，则实例必须处于关机状态，实例状态可以通过[DescribeInstancesStatus](https://cloud.tencent.com/document/product/213/15738)接口查询。
    #[allow(deprecated)]
    #[inline]
    pub fn apply_snapshot<'a>(
        &'a self,
        request: &'a super::ApplySnapshotRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ApplySnapshot>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Rollback a snapshot group (回滚快照组): calls `ApplySnapshotGroup`.
    ///
    /// This API is used to rollback a snapshot group and restore the instance to the state at the moment the snapshot group was created.
    ///
    /// This API is used to roll back all or part of the disks in the snapshot group.
    ///
    /// This API is used to roll back disks. If the disks to be rolled back contain mounted disks, they must be mounted to the same instance, and the instance must be shut down before rollback.
    ///
    /// Rollback is an asynchronous operation. A successful API return does not indicate a successful rollback. You can call DescribeSnapshotGroups to check the snapshot group status.
    ///
    /// 本接口（ApplySnapshotGroup）用于回滚快照组，将实例恢复到创建快照组时刻的状态。
    ///
    /// * 1.可选择快照组全部或部分盘进行回滚；
    ///
    /// * 2.如果回滚的盘中包含已挂载的盘，要求这些盘必须挂载在同一实例上，且要求该实例已关机才能回滚；
    ///
    /// * 3.回滚为异步操作，接口返回成功不代表回滚成功，可通过调DescribeSnapshotGroups接口查询快照组的状态。
    #[allow(deprecated)]
    #[inline]
    pub fn apply_snapshot_group<'a>(
        &'a self,
        request: &'a super::ApplySnapshotGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ApplySnapshotGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Mounting Cloud Disks (挂载云硬盘): calls `AttachDisks`.
    ///
    /// This API is used to mount one or more cloud disks.
    ///
    /// * Batch operation is supported. You can mount multiple cloud disks to one CVM in a single request. If any of these cloud disks cannot be mounted, the operation fails and a specific error code returns.
    ///
    /// * This is an async API. A successful request indicates that the mounting is initiated. You can call the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API to query the status of cloud disks. If the status changes from `ATTACHING` to `ATTACHED`, the mounting is successful.
    ///
    /// 本接口（AttachDisks）用于挂载云硬盘。
    ///
    /// * 支持批量操作，将多块云盘挂载到同一云主机。如果多个云盘中存在不允许挂载的云盘，则操作不执行，返回特定的错误码。
    ///
    /// * 本接口为异步接口，当挂载云盘的请求成功返回时，表示后台已发起挂载云盘的操作，可通过接口[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)来查询对应云盘的状态，如果云盘的状态由“ATTACHING”变为“ATTACHED”，则为挂载成功。
    #[allow(deprecated)]
    #[inline]
    pub fn attach_disks<'a>(
        &'a self,
        request: &'a super::AttachDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 挂载弹性单副本SSD硬盘: calls `AttachRemoteDisks`.
    ///
    /// 本接口用于挂载一个或多个弹性单副本SSD硬盘到指定的云服务器实例上。仅支持弹性盘类型。
    #[allow(deprecated)]
    #[inline]
    pub fn attach_remote_disks<'a>(
        &'a self,
        request: &'a super::AttachRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::AttachRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Binding a Scheduled Snapshot Policy (绑定定期快照策略): calls `BindAutoSnapshotPolicy`.
    ///
    /// This API (BindAutoSnapshotPolicy) is used to bind the cloud disk to the specified scheduled snapshot policy.
    ///
    /// * For the scheduled snapshot policy limit of each region, see [Scheduled Snapshots](https://intl.cloud.tencent.com/document/product/362/8191?from_cn_redirect=1).
    ///
    /// * When a cloud disk that is bound to a scheduled snapshot policy is in the unused state (that is, an elastic cloud disk has not been mounted or the server of an inelastic disk is powered off) scheduled snapshots are not created.
    ///
    /// 本接口（BindAutoSnapshotPolicy）用于绑定云硬盘到指定的定期快照策略。
    ///
    /// * 每个地域下的定期快照策略配额限制请参考文档[定期快照](https://cloud.tencent.com/document/product/362/8191)。
    ///
    /// * 当已绑定定期快照策略的云硬盘处于未使用状态（即弹性云盘未挂载或非弹性云盘的主机处于关机状态）将不会创建定期快照。
    #[allow(deprecated)]
    #[inline]
    pub fn bind_auto_snapshot_policy<'a>(
        &'a self,
        request: &'a super::BindAutoSnapshotPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::BindAutoSnapshotPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 自动快照策略的跨账号复制: calls `CopyAutoSnapshotPolicyCrossAccount`.
    ///
    /// 针对白名单内用户实现自动快照策略的跨账号复制功能
    #[allow(deprecated)]
    #[inline]
    pub fn copy_auto_snapshot_policy_cross_account<'a>(
        &'a self,
        request: &'a super::CopyAutoSnapshotPolicyCrossAccountRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CopyAutoSnapshotPolicyCrossAccount>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Replicates a snapshot to another region (快照跨地域复制): calls `CopySnapshotCrossRegions`.
    ///
    /// This API is used to replicate snapshots across regions.
    ///
    /// This API is asynchronous. When the cross-region replication request is issued successfully, it returns a new snapshot ID. At this point, the snapshot is not immediately replicated to the target region. You can use the [DescribeSnapshots](https://www.tencentcloud.com/document/product/362/15647?from_cn_redirect=1) API for the query in the target region to check the snapshot status and determine whether the replication is complete. If the snapshot status is "NORMAL", it indicates snapshot replication is complete.
    ///
    /// This API is used to perform snapshot cross-region replication, which will generate cross-region traffic. Commercial billing for this feature is expected in Q3 2025. Please check subsequent Message Center notices to avoid unexpected charges.
    ///
    /// 本接口（CopySnapshotCrossRegions）用于快照跨地域复制。
    ///
    /// * 本接口为异步接口，当跨地域复制的请求下发成功后会返回一个新的快照ID，此时快照未立即复制到目标地域，可请求目标地域的[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口查询新快照的状态，判断是否复制完成。如果快照的状态为“NORMAL”，表示快照复制完成。
    ///
    /// * 本接口实现的快照跨地域复制操作将产生跨地域流量，预计2025年第三季度会针对此功能进行商业化计费；请留意后续站内信公告，避免产生预期外扣费。
    #[allow(deprecated)]
    #[inline]
    pub fn copy_snapshot_cross_regions<'a>(
        &'a self,
        request: &'a super::CopySnapshotCrossRegionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CopySnapshotCrossRegions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creating a Scheduled Snapshot Policy (创建定期快照策略): calls `CreateAutoSnapshotPolicy`.
    ///
    /// This API (CreateAutoSnapshotPolicy) is used to create a scheduled snapshot policy.
    ///
    /// * For the limits on the number of scheduled snapshot policies that can be created in each region, see [Scheduled Snapshots](https://intl.cloud.tencent.com/document/product/362/8191?from_cn_redirect=1).
    ///
    /// * The quantity and capacity of the snapshots that can be created in each region are limited. For more information, see the **Snapshots** page on the Tencent Cloud Console. If the number of snapshots exceeds the quota, the creation of the scheduled snapshots will fail.
    ///
    /// 本接口（CreateAutoSnapshotPolicy）用于创建定期快照策略。
    ///
    /// * 每个地域可创建的定期快照策略数量限制请参考文档[定期快照](https://cloud.tencent.com/document/product/362/8191)。
    ///
    /// * 每个地域可创建的快照有数量和容量的限制，具体请见腾讯云控制台快照页面提示，如果快照超配额，定期快照创建会失败。
    #[allow(deprecated)]
    #[inline]
    pub fn create_auto_snapshot_policy<'a>(
        &'a self,
        request: &'a super::CreateAutoSnapshotPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateAutoSnapshotPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a backup point for a cloud disk (创建云硬盘备份点): calls `CreateDiskBackup`.
    ///
    /// This API is used to create a backup point for a cloud disk.
    ///
    /// 为云硬盘创建一个备份点。
    #[allow(deprecated)]
    #[inline]
    pub fn create_disk_backup<'a>(
        &'a self,
        request: &'a super::CreateDiskBackupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDiskBackup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates cloud disks (创建云硬盘): calls `CreateDisks`.
    ///
    /// This API is used to create cloud disks.
    ///
    /// * This API supports creating a cloud disk with a data disk snapshot so that the snapshot data can be copied to the purchased cloud disk.
    ///
    /// * This API is async. A cloud disk ID list will be returned when a request is made successfully, but it does not mean that the creation has been completed. You can call the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API to query cloud disks by `DiskId`. If a new cloud disk can be found and its status is `UNATTACHED` or `ATTACHED`, the cloud disk has been created successfully.
    ///
    /// 本接口（CreateDisks）用于创建云硬盘。
    ///
    /// * 预付费云盘的购买会预先扣除本次云盘购买所需金额，在调用本接口前请确保账户余额充足。
    ///
    /// * 本接口支持传入数据盘快照来创建云盘，实现将快照数据复制到新购云盘上。
    ///
    /// * 本接口为异步接口，当创建请求下发成功后会返回一个新建的云盘ID列表，此时云盘的创建并未立即完成。可以通过调用[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口根据DiskId查询对应云盘，如果能查到云盘，且状态为'UNATTACHED'或'ATTACHED'，则表示创建成功。
    #[allow(deprecated)]
    #[inline]
    pub fn create_disks<'a>(
        &'a self,
        request: &'a super::CreateDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 创建弹性单副本SSD硬盘: calls `CreateRemoteDisks`.
    ///
    /// 本接口用于创建弹性单副本SSD硬盘并自动挂载到指定实例。弹性盘在创建时就需要绑定目标实例，计费回调后由CBS自身完成装箱+挂载的全流程。
    #[allow(deprecated)]
    #[inline]
    pub fn create_remote_disks<'a>(
        &'a self,
        request: &'a super::CreateRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Creates a snapshot (创建快照): calls `CreateSnapshot`.
    ///
    /// This API is used to create a snapshot for the specified cloud disk.
    ///
    /// * You can only create snapshots for cloud disks with the snapshot capability. To check whether a cloud disk is snapshot-enabled, call the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API and see the `SnapshotAbility` field in the response.
    ///
    /// * For the maximum number of snapshots that can be created, see [Use Limits](https://intl.cloud.tencent.com/doc/product/362/5145?from_cn_redirect=1).
    ///
    /// * Currently, you can convert backup points into general snapshots. After the conversion, snapshot usage fees may be charged, backup points will not be retained, and the occupied backup point quota will be released.
    ///
    /// 本接口（CreateSnapshot）用于对指定云盘创建快照。
    ///
    /// * 只有具有快照能力的云硬盘才能创建快照。云硬盘是否具有快照能力可由[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见SnapshotAbility字段。
    ///
    /// * 可创建快照数量限制见[产品使用限制](https://cloud.tencent.com/doc/product/362/5145)。
    ///
    /// * 当前支持将备份点转化为普通快照，转化之后可能会收取快照使用费用，备份点不保留，其占用的备份点配额也将被释放。
    #[allow(deprecated)]
    #[inline]
    pub fn create_snapshot<'a>(
        &'a self,
        request: &'a super::CreateSnapshotRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSnapshot>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Create a snapshot group (创建快照组): calls `CreateSnapshotGroup`.
    ///
    /// This API is used to create a snapshot group.
    ///
    /// This API is used to create snapshot groups. The CBS list must be mounted on the same instance.
    ///
    /// This API is used to create snapshot groups for all or some of the disks mounted to instance.
    ///
    /// 本接口（CreateSnapshotGroup）用于创建快照组。
    ///
    /// * 创建快照组的云硬盘列表必须挂载在同一实例上；
    ///
    /// * 可选择挂载在实例上的全部或部分盘创建快照组。
    #[allow(deprecated)]
    #[inline]
    pub fn create_snapshot_group<'a>(
        &'a self,
        request: &'a super::CreateSnapshotGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::CreateSnapshotGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deleting a Scheduled Snapshot Policy (删除定期快照策略): calls `DeleteAutoSnapshotPolicies`.
    ///
    /// This API (DeleteAutoSnapshotPolicies) is used to delete scheduled snapshot policies.
    ///
    /// * Batch operations are supported. If one of the scheduled snapshot policies in a batch cannot be deleted, the operation is not performed and a specific error code is returned.
    ///
    /// 本接口（DeleteAutoSnapshotPolicies）用于删除定期快照策略。
    ///
    /// *  支持批量操作。如果多个定期快照策略存在无法删除的，则操作不执行，以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_auto_snapshot_policies<'a>(
        &'a self,
        request: &'a super::DeleteAutoSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteAutoSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes the backup points of a cloud disk (删除云硬盘备份点): calls `DeleteDiskBackups`.
    ///
    /// This API is used to delete the backup points of the specified cloud disk in batches.
    ///
    /// 批量删除指定的云硬盘备份点。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_disk_backups<'a>(
        &'a self,
        request: &'a super::DeleteDiskBackupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteDiskBackups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Delete a snapshot group (删除快照组): calls `DeleteSnapshotGroup`.
    ///
    /// This API is used to delete snapshot groups. One snapshot group can be deleted per call.
    ///
    /// This API is used to delete all snapshots in the snapshot group by default.
    ///
    /// This API is used to delete a snapshot group. If a snapshot in the snapshot group has an associated image, deletion will fail and no snapshot will be deleted. Parameters can be input to enable simultaneous deletion of images bound to the snapshot by setting DeleteBindImages equal to true.
    ///
    /// 本接口（DeleteSnapshotGroup）用于删除快照组，一次调用仅支持删除一个快照组。
    ///
    /// * 默认会删除快照组内的所有快照；
    ///
    /// * 如果快照组内的快照有关联镜像，则删除失败，所有快照均不会删除；如果需要同时删除快照绑定的镜像，可传入参数DeleteBindImages等于true。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_snapshot_group<'a>(
        &'a self,
        request: &'a super::DeleteSnapshotGroupRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSnapshotGroup>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Deletes a snapshot (删除快照): calls `DeleteSnapshots`.
    ///
    /// This API is used to delete snapshots.
    ///
    /// * Only snapshots in the `NORMAL` state can be deleted. To query the state of a snapshot, you can call the [DescribeSnapshots](https://intl.cloud.tencent.com/document/product/362/15647?from_cn_redirect=1) API and check the `SnapshotState` field in the response.
    ///
    /// * Batch operations are supported. If there is any snapshot that cannot be deleted, the operation will not be performed and a specific error code will be returned.
    ///
    /// 本接口（DeleteSnapshots）用于删除快照。
    ///
    /// * 快照必须处于NORMAL状态，快照状态可以通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口查询，见输出参数中SnapshotState字段解释。
    ///
    /// * 支持批量操作。如果多个快照存在无法删除的快照，则操作不执行，以特定的错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn delete_snapshots<'a>(
        &'a self,
        request: &'a super::DeleteSnapshotsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DeleteSnapshots>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Querying a Scheduled Snapshot Policy (查询定期快照策略): calls `DescribeAutoSnapshotPolicies`.
    ///
    /// This API is used to query scheduled snapshot policies.
    ///
    /// * You can filter scheduled snapshot policies by ID, name, state, etc. The relationship between different filters is logical `AND`. For details on filters, see `Filter`.
    ///
    /// * If no parameter is specified, a certain number of scheduled snapshot policies under the current account will be returned. The number is specified by `Limit` and is 20 by default.
    ///
    /// 本接口（DescribeAutoSnapshotPolicies）用于查询定期快照策略。
    ///
    /// * 可以根据定期快照策略ID、名称或者状态等信息来查询定期快照策略的详细信息，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的定期快照策略表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_auto_snapshot_policies<'a>(
        &'a self,
        request: &'a super::DescribeAutoSnapshotPoliciesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeAutoSnapshotPolicies>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Querying a Scheduled Snapshot Policy (查询定期快照策略): every page of `DescribeAutoSnapshotPolicies`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_auto_snapshot_policies_pages(
        &self,
        request: &super::DescribeAutoSnapshotPoliciesRequest,
    ) -> tencent_action_client::Pages<super::DescribeAutoSnapshotPoliciesRequest> {
        self.inner.pages(request)
    }

    /// Querying a Scheduled Snapshot Policy (查询定期快照策略): every item of `DescribeAutoSnapshotPolicies`.
    ///
    /// A stream of the elements of `AutoSnapshotPolicySet` across the pages that `describe_auto_snapshot_policies_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_auto_snapshot_policies_items(
        &self,
        request: &super::DescribeAutoSnapshotPoliciesRequest,
    ) -> tencent_action_client::Items<super::DescribeAutoSnapshotPoliciesRequest> {
        self.inner.items(request)
    }

    /// 查询 云服务器独享集群云硬盘统计信息: calls `DescribeDedicatedClusterDiskStatistics`.
    ///
    /// 查询云服务器独享集群云硬盘统计信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_dedicated_cluster_disk_statistics<'a>(
        &'a self,
        request: &'a super::DescribeDedicatedClusterDiskStatisticsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDedicatedClusterDiskStatistics>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Querying a Cloud Disk Associated Scheduled Snapshot Policy (查询云硬盘关联定期快照策略): calls `DescribeDiskAssociatedAutoSnapshotPolicy`.
    ///
    /// This API (DescribeDiskAssociatedAutoSnapshotPolicy) is used to query the scheduled snapshot policy bound to a cloud disk.
    ///
    /// 本接口（DescribeDiskAssociatedAutoSnapshotPolicy）用于查询云盘绑定的定期快照策略。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_associated_auto_snapshot_policy<'a>(
        &'a self,
        request: &'a super::DescribeDiskAssociatedAutoSnapshotPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDiskAssociatedAutoSnapshotPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of backup points (查询备份点列表): calls `DescribeDiskBackups`.
    ///
    /// This API is used to query the details of backup points.
    ///
    /// You can filter results by backup point ID. You can also look for certain backup points by specifying the ID or type of the cloud disk for which the backup points are created. The relationship between different filters is logical `AND`. For more information on filters, see `Filter`.
    ///
    /// If the parameter is empty, a certain number (as specified by `Limit` and 20 by default) of backup points will be returned.
    ///
    /// 本接口（DescribeDiskBackups）用于查询备份点的详细信息。
    ///
    /// 根据备份点ID、创建备份点的云硬盘ID、创建备份点的云硬盘类型等对结果进行过滤，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器Filter。
    ///
    /// 如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的备份点列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_backups<'a>(
        &'a self,
        request: &'a super::DescribeDiskBackupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDiskBackups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of backup points (查询备份点列表): every page of `DescribeDiskBackups`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_backups_pages(
        &self,
        request: &super::DescribeDiskBackupsRequest,
    ) -> tencent_action_client::Pages<super::DescribeDiskBackupsRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of backup points (查询备份点列表): every item of `DescribeDiskBackups`.
    ///
    /// A stream of the elements of `DiskBackupSet` across the pages that `describe_disk_backups_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_backups_items(
        &self,
        request: &super::DescribeDiskBackupsRequest,
    ) -> tencent_action_client::Items<super::DescribeDiskBackupsRequest> {
        self.inner.items(request)
    }

    /// Queries cloud disk quota (查询云硬盘配额): calls `DescribeDiskConfigQuota`.
    ///
    /// This API (DescribeDiskConfigQuota) is used to query the cloud disk quota.
    ///
    /// 本接口（DescribeDiskConfigQuota）用于查询云硬盘配额。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_config_quota<'a>(
        &'a self,
        request: &'a super::DescribeDiskConfigQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDiskConfigQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// DescribeDiskStoragePool (查询云硬盘独享集群列表): calls `DescribeDiskStoragePool`.
    ///
    /// This API is used to query the list of dedicated cloud disk clusters under the current user account.
    ///
    /// * You can query by the dedicated cloud disk cluster ID (`CdcId`) and availability zone (`zone`). Multiple filters are combined with AND. For details about filtering, please see `Filter`.
    ///
    /// * If the parameter is empty, a number (as specified by `Limit`; the default is 20) of dedicated cloud disk clusters are returned.
    ///
    /// 本接口（DescribeDiskStoragePool）查询用户的云硬盘独享集群列表。
    ///
    /// * 可以根据独享集群ID(CdcId)、可用区(zone)等信息来查询和过滤云硬盘独享集群详细信息，不同的过滤条件之间为与(AND)的关系，过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的云硬盘独享集群列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disk_storage_pool<'a>(
        &'a self,
        request: &'a super::DescribeDiskStoragePoolRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDiskStoragePool>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of cloud disks (查询云硬盘列表): calls `DescribeDisks`.
    ///
    /// This API (DescribeDisks) is used to query the list of cloud disks.
    ///
    /// * The details of the cloud disk can be queried based on the ID, type or status of the cloud disk. The relationship between different conditions is AND. For more information about filtering, please see the `Filter`.
    ///
    /// * If the parameter is empty, a certain number (specified by `Limit`; the default is 20) of cloud disk lists are returned to the current user.
    ///
    /// 本接口（DescribeDisks）用于查询云硬盘列表。
    ///
    /// * 可以根据云硬盘ID、云硬盘类型或者云硬盘状态等信息来查询云硬盘的详细信息，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的云硬盘列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disks<'a>(
        &'a self,
        request: &'a super::DescribeDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of cloud disks (查询云硬盘列表): every page of `DescribeDisks`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disks_pages(
        &self,
        request: &super::DescribeDisksRequest,
    ) -> tencent_action_client::Pages<super::DescribeDisksRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of cloud disks (查询云硬盘列表): every item of `DescribeDisks`.
    ///
    /// A stream of the elements of `DiskSet` across the pages that `describe_disks_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_disks_items(
        &self,
        request: &super::DescribeDisksRequest,
    ) -> tencent_action_client::Items<super::DescribeDisksRequest> {
        self.inner.items(request)
    }

    /// Queries the number of cloud disks associated to an instance (查询实例关联的云硬盘数量): calls `DescribeInstancesDiskNum`.
    ///
    /// This API (DescribeInstancesDiskNum) is used to query the number of cloud disks mounted in the instance.
    ///
    /// * Batch operations are supported. If multiple CVM instance IDs are specified, the returned results will list the number of cloud disks mounted on each CVM.
    ///
    /// 本接口（DescribeInstancesDiskNum）用于查询实例已挂载云硬盘数量。
    ///
    /// * 支持批量操作，当传入多个云服务器实例ID，返回结果会分别列出每个云服务器挂载的云硬盘数量。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_instances_disk_num<'a>(
        &'a self,
        request: &'a super::DescribeInstancesDiskNumRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeInstancesDiskNum>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询单副本SSD硬盘机型搭配配额: calls `DescribeRemoteDiskConfigQuota`.
    ///
    /// 本接口用于查询单副本SSD硬盘机型搭配配额。可根据机型族、机型规格、可用区、付费方式等条件过滤查询结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_remote_disk_config_quota<'a>(
        &'a self,
        request: &'a super::DescribeRemoteDiskConfigQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRemoteDiskConfigQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询单副本SSD硬盘列表: calls `DescribeRemoteDisks`.
    ///
    /// 本接口用于查询已购买的单副本SSD硬盘列表。可根据单副本SSD硬盘ID、类型、状态等条件过滤查询结果。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_remote_disks<'a>(
        &'a self,
        request: &'a super::DescribeRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询单副本SSD硬盘操作限制列表: calls `DescribeRemoteDisksDeniedActions`.
    ///
    /// 本接口用于查询一个或多个单副本SSD硬盘的操作限制列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_remote_disks_denied_actions<'a>(
        &'a self,
        request: &'a super::DescribeRemoteDisksDeniedActionsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeRemoteDisksDeniedActions>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Query a snapshot group list (查询快照组列表): calls `DescribeSnapshotGroups`.
    ///
    /// This API is used to query the snapshot group list.
    ///
    /// This API is used to query the snapshot group list based on snapshot group ID, snapshot group status or snapshot ID associated with the snapshot group. The relationship among different criteria is AND. For detailed filtering information, see `Filter`.
    ///
    /// If the parameter is empty, a certain number of the cloud disk list for the current user is returned (specified by `Limit`, defaults to 20).
    ///
    /// 本接口（DescribeSnapshotGroups）用于查询快照组列表。
    ///
    /// * 可以根据快照组ID、快照组状态、快照组关联的快照ID等来查询快照组列表，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器`Filter`。
    ///
    /// * 如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的快照组列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_groups<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotGroupsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotGroups>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Query a snapshot group list (查询快照组列表): every page of `DescribeSnapshotGroups`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_groups_pages(
        &self,
        request: &super::DescribeSnapshotGroupsRequest,
    ) -> tencent_action_client::Pages<super::DescribeSnapshotGroupsRequest> {
        self.inner.pages(request)
    }

    /// Query a snapshot group list (查询快照组列表): every item of `DescribeSnapshotGroups`.
    ///
    /// A stream of the elements of `SnapshotGroupSet` across the pages that `describe_snapshot_groups_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_groups_items(
        &self,
        request: &super::DescribeSnapshotGroupsRequest,
    ) -> tencent_action_client::Items<super::DescribeSnapshotGroupsRequest> {
        self.inner.items(request)
    }

    /// Query snapshot usage overview (查询快照使用概览): calls `DescribeSnapshotOverview`.
    ///
    /// This API is used to query the usage overview of user snapshots, including total snapshot capacity, cost capacity, etc.
    ///
    /// 该接口用于查询用户快照使用概览，包括快照总容量、计费容量等信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_overview<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotOverviewRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotOverview>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Views snapshot sharing information (查看快照分享信息): calls `DescribeSnapshotSharePermission`.
    ///
    /// This API is used to query the sharing information of snapshots.
    ///
    /// 本接口（DescribeSnapshotSharePermission）用于查询快照的分享信息。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshot_share_permission<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotSharePermissionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshotSharePermission>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of snapshots (查询快照列表): calls `DescribeSnapshots`.
    ///
    /// This API (DescribeSnapshots) is used to query the details of snapshots.
    ///
    /// * Filter the results by the snapshot ID, the ID of cloud disk, for which the snapshot is created, and the type of cloud disk, for which the snapshot is created. The relationship between different conditions is AND. For more information about filtering, please see `Filter`.
    ///
    /// * If the parameter is empty, a certain number (specified by `Limit`; the default is 20) of snapshot lists are returned to the current user.
    ///
    /// 本接口（DescribeSnapshots）用于查询快照的详细信息。
    ///
    /// * 根据快照ID、创建快照的云硬盘ID、创建快照的云硬盘类型等对结果进行过滤，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器`Filter`。
    ///
    /// *  如果参数为空，返回当前用户一定数量（`Limit`所指定的数量，默认为20）的快照列表。
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshots<'a>(
        &'a self,
        request: &'a super::DescribeSnapshotsRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DescribeSnapshots>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the list of snapshots (查询快照列表): every page of `DescribeSnapshots`.
    ///
    /// A stream of the answers, from the page the request asks for (its `Offset`, and `Limit` the page size) to the last: `tencent_action_client::paging` says when it ends.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshots_pages(
        &self,
        request: &super::DescribeSnapshotsRequest,
    ) -> tencent_action_client::Pages<super::DescribeSnapshotsRequest> {
        self.inner.pages(request)
    }

    /// Queries the list of snapshots (查询快照列表): every item of `DescribeSnapshots`.
    ///
    /// A stream of the elements of `SnapshotSet` across the pages that `describe_snapshots_pages` gives.
    #[allow(deprecated)]
    #[inline]
    pub fn describe_snapshots_items(
        &self,
        request: &super::DescribeSnapshotsRequest,
    ) -> tencent_action_client::Items<super::DescribeSnapshotsRequest> {
        self.inner.items(request)
    }

    /// Unmounts cloud disks (卸载云硬盘): calls `DetachDisks`.
    ///
    /// This API is used to unmount one or more cloud disks.
    ///
    /// * Batch operation is supported. You can unmount multiple cloud disks from the same CVM in a single request. If any of these cloud disks cannot be unmounted, the operation fails and a specific error code returns.
    ///
    /// * This is an async API. A successful request does not mean that the cloud disks have been unmounted successfully. You can call the [DescribeDisks](https://intl.cloud.tencent.com/document/product/362/16315?from_cn_redirect=1) API to query the status of cloud disks. When the status changes from `ATTACHED` to `UNATTACHED`, the unmounting is successful.
    ///
    /// 本接口（DetachDisks）用于卸载云硬盘。
    ///
    /// * 支持批量操作，卸载挂载在同一主机上的多块云盘。如果多块云盘中存在不允许卸载的云盘，则操作不执行，返回特定的错误码。
    ///
    /// * 本接口为异步接口，当请求成功返回时，云盘并未立即从主机卸载，可通过接口[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)来查询对应云盘的状态，如果云盘的状态由“ATTACHED”变为“UNATTACHED”，则为卸载成功。
    #[allow(deprecated)]
    #[inline]
    pub fn detach_disks<'a>(
        &'a self,
        request: &'a super::DetachDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 卸载弹性单副本SSD硬盘: calls `DetachRemoteDisks`.
    ///
    /// 本接口用于从云服务器实例上卸载一个或多个弹性单副本SSD硬盘。仅支持弹性盘类型。
    #[allow(deprecated)]
    #[inline]
    pub fn detach_remote_disks<'a>(
        &'a self,
        request: &'a super::DetachRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::DetachRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Gets snapshot overview information (获取快照概览信息): calls `GetSnapOverview`.
    ///
    /// This API is used to standardize API naming. This API will be decommissioned and replaced by the new API named DescribeSnapshotOverview.
    ///
    /// This API is used to obtain snapshot overview information.
    ///
    /// 为进一步规范化API命名，该接口决定预下线，新接口命名为：DescribeSnapshotOverview
    ///
    /// 获取快照概览信息
    #[deprecated = "`GetSnapOverview` is deprecated in the cbs 2017-03-12 specification"]
    #[allow(deprecated)]
    #[inline]
    pub fn get_snap_overview<'a>(
        &'a self,
        request: &'a super::GetSnapOverviewRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::GetSnapOverview>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Reinitializes cloud disks (重新初始化云硬盘): calls `InitializeDisks`.
    ///
    /// This API is used to reinitialize the cloud disks. Note the following when reinitializing the cloud disks:
    ///
    /// 1. For a cloud disk created from a snapshot, it is rolled back to the state of the snapshot;
    ///
    /// 2. For a cloud disk created from the scratch, all data are cleared. Please check and back up the necessary data before the reinitialization;
    ///
    /// 3. Currently, you can only re-initialize a cloud disk when it’s not attached to a resource and not shared by others;
    ///
    /// 4. For a cloud disk created from a snapshot, if the snapshot has been deleted, it cannot be reinitialized.
    ///
    /// 重新初始化云硬盘至云硬盘初始创建时的状态。使用云硬盘的重新初始化功能时需要注意以下4点：
    ///
    /// 1. 如果云硬盘是由快照创建的，则重新初始化会通过此快照重新回滚此云硬盘，即将云硬盘恢复为与快照一致的状态；
    ///
    /// 2. 如果云硬盘不是通过快照创建的，则重新初始化会清空此云硬盘的数据；请在重新初始化云硬盘前检查并备份必要的数据；
    ///
    /// 3. 当前仅未挂载的、非共享属性的数据盘云硬盘支持重新初始化；
    ///
    /// 4. 当创建此云硬盘的原始快照被删除时，不再支持重新初始化此云硬盘。
    #[allow(deprecated)]
    #[inline]
    pub fn initialize_disks<'a>(
        &'a self,
        request: &'a super::InitializeDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InitializeDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询创建弹性单副本SSD硬盘的价格: calls `InquirePriceCreateRemoteDisks`.
    ///
    /// 该接口用于查询创建弹性单副本SSD硬盘的价格。支持预付费和后付费两种计费类型的询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_create_remote_disks<'a>(
        &'a self,
        request: &'a super::InquirePriceCreateRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePriceCreateRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of a cloud disk after its backup point quota is modified (修改云硬盘备份点配额询价): calls `InquirePriceModifyDiskBackupQuota`.
    ///
    /// This API is used to query the price of a cloud disk after its backup point quota is modified.
    ///
    /// 本接口（InquirePricePriceModifyDiskBackupQuota）用于修改云硬盘备份点配额询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_modify_disk_backup_quota<'a>(
        &'a self,
        request: &'a super::InquirePriceModifyDiskBackupQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePriceModifyDiskBackupQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price for adjusting the cloud disk’s extra performance (调整云硬盘额外性能询价): calls `InquirePriceModifyDiskExtraPerformance`.
    ///
    /// This API is used to query the price for adjusting the cloud disk’s extra performance.
    ///
    /// 本接口（InquirePriceModifyDiskExtraPerformance）用于调整云硬盘额外性能询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_modify_disk_extra_performance<'a>(
        &'a self,
        request: &'a super::InquirePriceModifyDiskExtraPerformanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePriceModifyDiskExtraPerformance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 查询续费弹性单副本SSD硬盘的价格: calls `InquirePriceRenewRemoteDisks`.
    ///
    /// 该接口用于查询续费弹性单副本SSD硬盘的价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquire_price_renew_remote_disks<'a>(
        &'a self,
        request: &'a super::InquirePriceRenewRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquirePriceRenewRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Queries the price of creating cloud disks (创建云硬盘询价): calls `InquiryPriceCreateDisks`.
    ///
    /// This API is used to query the price of creating cloud disks.
    ///
    /// * You can query the price of creating multiple cloud disks in a single request. In this case, the price returned will be the total price.
    ///
    /// 本接口（InquiryPriceCreateDisks）用于创建云硬盘询价。
    ///
    /// * 支持查询创建多块云硬盘的价格，此时返回结果为总价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_create_disks<'a>(
        &'a self,
        request: &'a super::InquiryPriceCreateDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceCreateDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Renew a cloud block storage and check the price (续费云硬盘询价): calls `InquiryPriceRenewDisks`.
    ///
    /// This API is used to query the renewal price of CBS.
    ///
    /// This API is used to support renewal along with mounted instances. The parameter specifies CurInstanceDeadline in [DiskChargePrepaid](https://www.tencentcloud.com/document/product/362/15669?from_cn_redirect=1#DiskChargePrepaid), and renewal will be performed at the expiry date after the instance is renewed.
    ///
    /// This API is used to support specifying different renewal durations for multiple cloud disks. The total price for renewing multiple cloud disks is returned.
    ///
    /// 本接口（InquiryPriceRenewDisks）用于续费云硬盘询价。
    ///
    /// * 只支持查询预付费模式的弹性云盘续费价格。
    ///
    /// * 支持与挂载实例一起续费的场景，需要在[DiskChargePrepaid](https://cloud.tencent.com/document/product/362/15669#DiskChargePrepaid)参数中指定CurInstanceDeadline，此时会按对齐到实例续费后的到期时间来续费询价。
    ///
    /// * 支持为多块云盘指定不同的续费时长，此时返回的价格为多块云盘续费的总价格。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_renew_disks<'a>(
        &'a self,
        request: &'a super::InquiryPriceRenewDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceRenewDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Inquires the price for expanding the capacity of a cloud disk (扩容云硬盘询价): calls `InquiryPriceResizeDisk`.
    ///
    /// This API is used to query the price for expanding cloud disks.
    ///
    /// 本接口（InquiryPriceResizeDisk）用于扩容云硬盘询价。
    #[allow(deprecated)]
    #[inline]
    pub fn inquiry_price_resize_disk<'a>(
        &'a self,
        request: &'a super::InquiryPriceResizeDiskRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::InquiryPriceResizeDisk>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifying Scheduled Snapshot Policy Information (修改定期快照策略信息): calls `ModifyAutoSnapshotPolicyAttribute`.
    ///
    /// This API (ModifyAutoSnapshotPolicyAttribute) is used to modify the attributes of an automatic snapshot policy.
    ///
    /// * You can use this API to modify the attributes of a scheduled snapshot policy, including the execution policy, name, and activation.
    ///
    /// * When modifying the number of days for retention, you must ensure that there is no clash with the permanent retention attribute. Otherwise, the entire operation will fail and a specific error code will be returned.
    ///
    /// 本接口（ModifyAutoSnapshotPolicyAttribute）用于修改定期快照策略属性。
    ///
    /// * 可通过该接口修改定期快照策略的执行策略、名称、是否激活等属性。
    ///
    /// * 修改保留天数时必须保证不与是否永久保留属性冲突，否则整个操作失败，以特定的错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_auto_snapshot_policy_attribute<'a>(
        &'a self,
        request: &'a super::ModifyAutoSnapshotPolicyAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyAutoSnapshotPolicyAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies cloud disk attributes (修改云硬盘属性): calls `ModifyDiskAttributes`.
    ///
    /// This API is used to modify only the Project ID of elastic cloud disks. The Project ID of a cloud disk created with a host is linked to the host. Whether a cloud disk is elastic can be checked through the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315?from_cn_redirect=1) API. See the Portable field explanation in the output parameters.
    ///
    /// The "cloud disk name" is only for ease of management for users. Tencent Cloud does not use this name as a basis for submitting tickets or performing cloud disk management operations.
    ///
    /// This API is used to support batch operations. If multiple cloud disk IDs are passed in, modify cloud disks to the same attribute. If there is a cloud disk that does not allow operation, the operation will not be executed and return a specific error code.
    ///
    /// * 只支持修改弹性云盘的项目ID。随云主机创建的云硬盘项目ID与云主机联动。是否是弹性云盘可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见输出参数中Portable字段解释。
    ///
    /// * “云硬盘名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为提交工单或是进行云盘管理操作的依据。
    ///
    /// * 支持批量操作，如果传入多个云盘ID，则所有云盘修改为同一属性。如果存在不允许操作的云盘，则操作不执行，以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disk_attributes<'a>(
        &'a self,
        request: &'a super::ModifyDiskAttributesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDiskAttributes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies the cloud disk backup point quota (调整云硬盘备份点配额): calls `ModifyDiskBackupQuota`.
    ///
    /// This API is used to modify the cloud disk backup point quota.
    ///
    /// 此接口 (ModifyDiskBackupQuota) 用于修改云硬盘备份点配额。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disk_backup_quota<'a>(
        &'a self,
        request: &'a super::ModifyDiskBackupQuotaRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDiskBackupQuota>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Adjusts the cloud disk’s extra performance (调整云硬盘额外性能): calls `ModifyDiskExtraPerformance`.
    ///
    /// This API is used to adjust extra performance for Enhanced SSD (CLOUD_HSSD) and ulTra SSD.
    ///
    /// *This API only supports adjust extra performance for Enhanced SSD and ulTra SSD.
    ///
    /// 本接口（ModifyDiskExtraPerformance）用于调整云硬盘额外的性能。
    ///
    /// * 目前仅支持增强型SSD云硬盘(CLOUD_HSSD)和极速型SSD云硬盘（CLOUD_TSSD）。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disk_extra_performance<'a>(
        &'a self,
        request: &'a super::ModifyDiskExtraPerformanceRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDiskExtraPerformance>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改弹性云硬盘计费模式: calls `ModifyDisksChargeType`.
    ///
    /// 本接口 (ModifyDisksChargeType) 用于切换云硬盘的计费模式。
    ///
    /// 非弹性云硬盘不支持此接口，请通过修改实例计费模式接口将实例连同非弹性云硬盘一起转换。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disks_charge_type<'a>(
        &'a self,
        request: &'a super::ModifyDisksChargeTypeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDisksChargeType>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改云硬盘续费标识: calls `ModifyDisksRenewFlag`.
    ///
    /// 本接口（ModifyDisksRenewFlag）用于修改云硬盘续费标识，支持批量修改。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_disks_renew_flag<'a>(
        &'a self,
        request: &'a super::ModifyDisksRenewFlagRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyDisksRenewFlag>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 修改单副本SSD硬盘属性: calls `ModifyRemoteDiskAttributes`.
    ///
    /// 本接口用于修改单副本SSD硬盘的属性，包括硬盘名称和项目ID。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_remote_disk_attributes<'a>(
        &'a self,
        request: &'a super::ModifyRemoteDiskAttributesRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifyRemoteDiskAttributes>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies snapshot information (修改快照信息): calls `ModifySnapshotAttribute`.
    ///
    /// This API is used to modify the attributes of a specified snapshot.
    ///
    /// This API supports modifying snapshot name and expiration time, as well as changing a non-permanent snapshot to a permanent one.
    ///
    /// The "snapshot name" is only for making user management convenient. Tencent Cloud does not use this name as a basis for submitting tickets or managing snapshot operations.
    ///
    /// 本接口（ModifySnapshotAttribute）用于修改指定快照的属性。
    ///
    /// * 本接口支持修改快照名称及到期时间，以及将非永久快照修改为永久快照。
    ///
    /// * “快照名称”仅为方便用户管理之用，腾讯云并不以此名称作为提交工单或是进行快照管理操作的依据。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_snapshot_attribute<'a>(
        &'a self,
        request: &'a super::ModifySnapshotAttributeRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySnapshotAttribute>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Modifies snapshot sharing information (修改快照分享信息): calls `ModifySnapshotsSharePermission`.
    ///
    /// This API is used to modify snapshot sharing information.
    ///
    /// After snapshots are shared, the accounts they are shared to can use the snapshot to create cloud disks.
    ///
    /// * Each snapshot can be shared to at most 50 accounts.
    ///
    /// * You can use a shared snapshot to create cloud disks, but you cannot change its name or description.
    ///
    /// * Snapshots can only be shared with accounts in the same region.
    ///
    /// * Only data disk snapshots can be shared.
    ///
    /// 本接口（ModifySnapshotsSharePermission）用于修改快照分享信息。
    ///
    /// 分享快照后，被分享账户可以通过该快照创建云硬盘。
    ///
    /// * 每个快照最多可分享给50个账户。
    ///
    /// * 分享快照无法更改名称，描述，仅可用于创建云硬盘。
    ///
    /// * 只支持分享到对方账户相同地域。
    ///
    /// * 仅支持分享数据盘快照。
    #[allow(deprecated)]
    #[inline]
    pub fn modify_snapshots_share_permission<'a>(
        &'a self,
        request: &'a super::ModifySnapshotsSharePermissionRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ModifySnapshotsSharePermission>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Renew a cloud block storage (续费云硬盘): calls `RenewDisk`.
    ///
    /// This API is used to renew cloud disks.
    ///
    /// This API is used to support renewal along with mounted instances. The parameter specifies CurInstanceDeadline in [DiskChargePrepaid](https://www.tencentcloud.com/document/product/362/15669?from_cn_redirect=1#DiskChargePrepaid), and renewal will be at the expiry date after the instance is renewed.
    ///
    /// 本接口（RenewDisk）用于续费云硬盘。
    ///
    /// * 只支持预付费的云硬盘。云硬盘类型可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见输出参数中DiskChargeType字段解释。
    ///
    /// * 支持与挂载实例一起续费的场景，需要在[DiskChargePrepaid](https://cloud.tencent.com/document/product/362/15669#DiskChargePrepaid)参数中指定CurInstanceDeadline，此时会按对齐到子机续费后的到期时间来续费。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_disk<'a>(
        &'a self,
        request: &'a super::RenewDiskRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewDisk>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 续费弹性单副本SSD硬盘: calls `RenewRemoteDisk`.
    ///
    /// 该接口用于续费弹性单副本SSD硬盘。用户发起续费下单后，由计费系统完成扣费和到期时间更新。
    #[allow(deprecated)]
    #[inline]
    pub fn renew_remote_disk<'a>(
        &'a self,
        request: &'a super::RenewRemoteDiskRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::RenewRemoteDisk>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Expanding Cloud Disk Capacity (扩容云硬盘): calls `ResizeDisk`.
    ///
    /// This API is used to expand cloud disks.
    ///
    /// *This API supports only the expansion of elastic cloud disks. To query the type of a cloud disk, you can call the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315) API and check the `Portable` field in the response. To expand non-elastic cloud disks, you can call the [ResizeInstanceDisks](https://intl.cloud.tencent.com/document/product/213/15731?from_cn_redirect=1) API. *This is an async API. A successful return of this API does not mean that the cloud disk has been expanded successfully. You can call the [DescribeDisks](https://www.tencentcloud.com/document/product/362/16315) API to query the status of a cloud disk. `EXPANDING` indicates that the expansion is in process.
    ///
    /// 本接口（ResizeDisk）用于扩容云硬盘。
    ///
    /// * 只支持扩容弹性云盘。云硬盘类型可以通过[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口查询，见输出参数中Portable字段解释。非弹性云硬盘需通过[ResizeInstanceDisks](https://cloud.tencent.com/document/product/213/15731)接口扩容。
    ///
    /// * 本接口为异步接口，接口成功返回时，云盘并未立即扩容到指定大小，可通过接口[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)来查询对应云盘的状态，如果云盘的状态为“EXPANDING”，表示正在扩容中。
    #[allow(deprecated)]
    #[inline]
    pub fn resize_disk<'a>(
        &'a self,
        request: &'a super::ResizeDiskRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::ResizeDisk>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 获取创建弹性单副本SSD硬盘的订单参数: calls `SwitchParameterCreateRemoteDisks`.
    ///
    /// 该接口用于获取创建弹性单副本SSD硬盘的订单参数，生成的订单参数由前端透传到计费系统用于发货。创建时必须指定云服务器实例。
    #[allow(deprecated)]
    #[inline]
    pub fn switch_parameter_create_remote_disks<'a>(
        &'a self,
        request: &'a super::SwitchParameterCreateRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::SwitchParameterCreateRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 获取续费弹性单副本SSD硬盘的订单参数: calls `SwitchParameterRenewRemoteDisks`.
    ///
    /// 该接口用于获取续费弹性单副本SSD硬盘的订单参数，生成的订单参数由前端透传到计费系统用于续费。
    #[allow(deprecated)]
    #[inline]
    pub fn switch_parameter_renew_remote_disks<'a>(
        &'a self,
        request: &'a super::SwitchParameterRenewRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::SwitchParameterRenewRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Returns a cloud disk (退还云硬盘): calls `TerminateDisks`.
    ///
    /// This API is used to return cloud disks.
    ///
    /// * You can use this API to return cloud disks you no longer need.
    ///
    /// * This API can be used to return pay-as-you-go cloud disks billed on hourly basis.
    ///
    /// * Batch operations are supported. The maximum number of cloud disks in each request is 50. If there is any specified cloud disk that cannot be returned, an error code will be returned.
    ///
    /// 本接口（TerminateDisks）用于退还云硬盘。
    ///
    /// * 不再使用的云盘，可通过本接口主动退还。
    ///
    /// * 本接口支持退还预付费云盘和按小时后付费云盘。按小时后付费云盘可直接退还，预付费云盘需符合退还规则。
    ///
    /// * 支持批量操作，每次请求批量云硬盘的上限为100。如果批量云盘存在不允许操作的，请求会以特定错误码返回。
    #[allow(deprecated)]
    #[inline]
    pub fn terminate_disks<'a>(
        &'a self,
        request: &'a super::TerminateDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::TerminateDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// 销毁弹性单副本SSD硬盘: calls `TerminateRemoteDisks`.
    ///
    /// 本接口用于销毁一个或多个弹性单副本SSD硬盘。仅支持弹性盘类型，且要求硬盘处于 INITED 或 UNINIT 状态。
    #[allow(deprecated)]
    #[inline]
    pub fn terminate_remote_disks<'a>(
        &'a self,
        request: &'a super::TerminateRemoteDisksRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::TerminateRemoteDisks>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }

    /// Unbinding a Scheduled Snapshot Policy (解绑定期快照策略): calls `UnbindAutoSnapshotPolicy`.
    ///
    /// This API (UnbindAutoSnapshotPolicy) is used to unbind the cloud disk from the specified scheduled snapshot policy.
    ///
    /// * Batch operations are supported. Multiple cloud disks can be unbound from a snapshot policy at one time.
    ///
    /// * If the passed-in cloud disks are not bound to the current scheduled snapshot policy, they will be skipped. Only cloud disks that are bound to the current scheduled snapshot policy are processed.
    ///
    /// 本接口（UnbindAutoSnapshotPolicy）用于解除云硬盘绑定的定期快照策略。
    ///
    /// * 支持批量操作，可一次解除多个云盘与同一定期快照策略的绑定。
    ///
    /// * 如果传入的云盘未绑定到当前定期快照策略，接口将自动跳过，仅解绑与当前定期快照策略绑定的云盘。
    #[allow(deprecated)]
    #[inline]
    pub fn unbind_auto_snapshot_policy<'a>(
        &'a self,
        request: &'a super::UnbindAutoSnapshotPolicyRequest,
    ) -> impl ::core::future::Future<
        Output = Result<
            tencent_action::Response<super::UnbindAutoSnapshotPolicy>,
            tencent_action::Error,
        >,
    > + 'a {
        self.inner.send(request)
    }
}
