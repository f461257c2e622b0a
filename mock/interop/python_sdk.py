"""The official Python SDK against the mock: run by `python-sdk.sh`, which starts the
binary and passes its endpoint, SecretId and SecretKey in the environment.

A successful call decodes in the SDK's own models (POST and GET), a wrong key raises
the SDK's exception with AuthFailure.SignatureFailure, a missing required parameter
raises MissingParameter, a mistyped one InvalidParameter, an unknown action
InvalidAction; every exception carries the RequestId. With `--items 30`, three pages of
ten instances by Offset and Limit hold 30 distinct InstanceIds, each page a TotalCount of
30, and a Limit of 0 raises InvalidParameterValue.

Then the admin API under /_mock/, as a test suite in Python drives it: health, a
stubbed answer served once then the usual one, a stubbed error raised by the SDK with
its code and message, a fault added and removed at run time, the record listing exactly
the calls made (the wrong-key call marked), reset.
"""

import json
import os
import sys
import urllib.error
import urllib.request

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


def admin(method, path, body=None):
    """An admin call: its status and its JSON answer."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request("http://%s%s" % (ENDPOINT, path), data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def admin_ok(method, path, body=None):
    status, answer = admin(method, path, body)
    if (status, answer) != (200, {"status": "ok"}):
        sys.exit("%s %s: %s %s" % (method, path, status, answer))


def check_admin_api():
    admin_ok("GET", "/_mock/health")
    admin_ok("POST", "/_mock/reset")
    made = []  # (action, signature_valid) of every call from here on

    def zones(key=SECRET_KEY):
        made.append(("DescribeZones", key == SECRET_KEY))
        return client(key=key).DescribeZones(models.DescribeZonesRequest())

    admin_ok("POST", "/_mock/answers", {
        "action": "DescribeZones", "times": 1,
        "response": {"TotalCount": 1, "ZoneSet": [{"Zone": "stub-zone-1", "ZoneName": "Stub",
                                                   "ZoneId": "1", "ZoneState": "AVAILABLE"}]}})
    stubbed, usual = zones(), zones()
    if [zone.Zone for zone in stubbed.ZoneSet] != ["stub-zone-1"] or not stubbed.RequestId:
        sys.exit("the stubbed answer was not served: %s" % stubbed.to_json_string())
    if "stub-zone-1" in [zone.Zone for zone in usual.ZoneSet] or stubbed.RequestId == usual.RequestId:
        sys.exit("the stubbed answer was served twice: %s" % usual.to_json_string())
    print("ok: a stubbed answer served once, then the usual one")

    admin_ok("POST", "/_mock/answers", {
        "action": "DescribeInstances", "service": "cvm", "times": 1,
        "error": {"Code": "ResourceNotFound.InstanceNotExist", "Message": "stubbed: no such instance"}})
    made.append(("DescribeInstances", True))
    try:
        client().DescribeInstances(models.DescribeInstancesRequest())
        sys.exit("the stubbed error was not raised")
    except TencentCloudSDKException as error:
        if (error.get_code(), error.get_message()) != (
                "ResourceNotFound.InstanceNotExist", "stubbed: no such instance"):
            sys.exit("the stubbed error came as %s: %s" % (error.get_code(), error.get_message()))
    print("ok: a stubbed error raised by the SDK with its code and message")

    admin_ok("POST", "/_mock/faults", {"spec": "internal-error@DescribeZones"})
    expect_error("InternalError", zones)
    admin_ok("DELETE", "/_mock/faults")
    zones()
    print("ok: a fault added and removed at run time")

    expect_error("AuthFailure.SignatureFailure", lambda: zones(key="not-the-key"))
    status, listing = admin("GET", "/_mock/requests")
    seen = [(request["action"], request["signature_valid"]) for request in listing]
    if status != 200 or seen != made:
        sys.exit("the record lists %s, the calls made were %s" % (seen, made))
    text = json.dumps(listing)
    if SECRET_KEY in text or "not-the-key" in text or "Signature=<redacted>" not in text:
        sys.exit("the record shows a key or a signature: %s" % text)
    last = listing[-1]
    if last["error_code"] != "AuthFailure.SignatureFailure" or last["signature_valid"]:
        sys.exit("the wrong-key call is recorded as %s" % last)
    for field in ("version", "region", "request_id", "params", "fault"):
        if field not in last:
            sys.exit("the record has no %s: %s" % (field, last))
    print("ok: the record lists exactly the %d calls made, the wrong-key call marked" % len(made))

    admin_ok("POST", "/_mock/answers", {"action": "DescribeZones",
                                         "error": {"Code": "Stubbed", "Message": "until reset"}})
    admin_ok("POST", "/_mock/reset")
    status, listing = admin("GET", "/_mock/requests")
    if (status, listing) != (200, []):
        sys.exit("reset left %s" % listing)
    zones()
    print("ok: reset")

    status, answer = admin("POST", "/_mock/faults", {"spec": "explode"})
    if status != 400 or "unknown kind" not in answer.get("error", ""):
        sys.exit("a bad fault was answered %s %s" % (status, answer))
    print("ok: bad admin input is a 400 that says what is wrong")


def check_pages():
    """Three pages of ten over `--items 30`, as a program that lists every instance."""
    ids = []
    for offset in (0, 10, 20):
        request = models.DescribeInstancesRequest()
        request.Offset, request.Limit = offset, 10
        page = client().DescribeInstances(request)
        if page.TotalCount != 30 or len(page.InstanceSet) != 10:
            sys.exit("page at %d: TotalCount %s, %d instances" % (offset, page.TotalCount,
                                                                 len(page.InstanceSet)))
        ids += [instance.InstanceId for instance in page.InstanceSet]
    if len(set(ids)) != 30:
        sys.exit("the 3 pages hold %d distinct InstanceIds: %s" % (len(set(ids)), ids))
    print("ok: 3 pages of 10 instances, 30 distinct InstanceIds (%s ... %s)" % (ids[0], ids[-1]))
    request = models.DescribeInstancesRequest()
    request.Limit = 0
    expect_error("InvalidParameterValue", lambda: client().DescribeInstances(request))


def main():
    zones = client().DescribeZones(models.DescribeZonesRequest())
    if not zones.ZoneSet or not zones.ZoneSet[0].Zone or not zones.RequestId:
        sys.exit("DescribeZones did not decode: %s" % zones.to_json_string())
    print("ok: DescribeZones decoded, %d zones, RequestId %s" % (len(zones.ZoneSet), zones.RequestId))

    request = models.DescribeInstancesRequest()
    request.Limit = 1
    instances = client(method="GET").DescribeInstances(request)
    if instances.TotalCount != 30 or len(instances.InstanceSet) != 1 or instances.RequestId is None:
        sys.exit("DescribeInstances (GET) did not decode: %s" % instances.to_json_string())
    print("ok: DescribeInstances over GET decoded, TotalCount %d" % instances.TotalCount)
    check_pages()

    expect_error("AuthFailure.SignatureFailure",
                 lambda: client(key="not-the-key").DescribeZones(models.DescribeZonesRequest()))
    expect_error("MissingParameter",
                 lambda: client().StartInstances(models.StartInstancesRequest()))

    common = CommonClient("cvm", "2017-03-12", credential.Credential(SECRET_ID, SECRET_KEY),
                          "ap-guangzhou", client().profile)
    expect_error("InvalidParameter", lambda: common.call_json("DescribeInstances", {"Limit": "ten"}))
    expect_error("UnknownParameter", lambda: common.call_json("DescribeInstances", {"Limits": 1}))
    expect_error("InvalidAction", lambda: common.call_json("DescribeNothing", {}))

    check_admin_api()


if __name__ == "__main__":
    main()
