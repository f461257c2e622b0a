"""The official Python SDK against the mock: run by `python-sdk.sh`, which starts the
binary and passes its endpoint, SecretId and SecretKey in the environment.

A successful call decodes in the SDK's own models (POST and GET), a wrong key raises
the SDK's exception with AuthFailure.SignatureFailure, a missing required parameter
raises MissingParameter, a mistyped one InvalidParameter, an unknown action
InvalidAction; every exception carries the RequestId.
"""

import os
import sys

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.common.common_client import CommonClient
from tencentcloud.cvm.v20170312 import cvm_client, models

ENDPOINT = os.environ["MOCK_ENDPOINT"]  # host:port
SECRET_ID = os.environ["MOCK_SECRET_ID"]
SECRET_KEY = os.environ["MOCK_SECRET_KEY"]


def client(key=SECRET_KEY, method="POST"):
    http = HttpProfile(endpoint=ENDPOINT, reqMethod=method)
    http.scheme = "http"
    profile = ClientProfile(httpProfile=http)
    return cvm_client.CvmClient(credential.Credential(SECRET_ID, key), "ap-guangzhou", profile)


def expect_error(code, call):
    try:
        call()
    except TencentCloudSDKException as error:
        if error.get_code() != code:
            sys.exit("expected %s, got %s: %s" % (code, error.get_code(), error.get_message()))
        if not error.get_request_id():
            sys.exit("%s without a RequestId" % code)
        print("ok: %s (%s)" % (code, error.get_message()))
        return
    sys.exit("expected %s, the call succeeded" % code)


def main():
    zones = client().DescribeZones(models.DescribeZonesRequest())
    if not zones.ZoneSet or not zones.ZoneSet[0].Zone or not zones.RequestId:
        sys.exit("DescribeZones did not decode: %s" % zones.to_json_string())
    print("ok: DescribeZones decoded, %d zones, RequestId %s" % (len(zones.ZoneSet), zones.RequestId))

    request = models.DescribeInstancesRequest()
    request.Limit = 1
    instances = client(method="GET").DescribeInstances(request)
    if instances.TotalCount is None or instances.RequestId is None:
        sys.exit("DescribeInstances (GET) did not decode: %s" % instances.to_json_string())
    print("ok: DescribeInstances over GET decoded, TotalCount %d" % instances.TotalCount)

    expect_error("AuthFailure.SignatureFailure",
                 lambda: client(key="not-the-key").DescribeZones(models.DescribeZonesRequest()))
    expect_error("MissingParameter",
                 lambda: client().StartInstances(models.StartInstancesRequest()))

    common = CommonClient("cvm", "2017-03-12", credential.Credential(SECRET_ID, SECRET_KEY),
                          "ap-guangzhou", client().profile)
    expect_error("InvalidParameter", lambda: common.call_json("DescribeInstances", {"Limit": "ten"}))
    expect_error("UnknownParameter", lambda: common.call_json("DescribeInstances", {"Limits": 1}))
    expect_error("InvalidAction", lambda: common.call_json("DescribeNothing", {}))


if __name__ == "__main__":
    main()
