"""The official Python SDK's call against the benches' loopback server.

Run by `cargo bench -p tencent-action-client --bench client` when the SDK is installed
(`pip install tencentcloud-sdk-python-common`): the same action, body and server as the
Rust whole-call bench. Prints one JSON line: the mean and median of one call, in
microseconds.

usage: python3 python_call.py HOST:PORT CALLS
"""

import json
import statistics
import sys
import time

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile


def main():
    endpoint, calls = sys.argv[1], int(sys.argv[2])
    cred = credential.Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
    http = HttpProfile(protocol="http", endpoint=endpoint, reqMethod="POST")
    client = CommonClient("cvm", "2017-03-12", cred, "ap-guangzhou", profile=ClientProfile(httpProfile=http))
    body = {"Limit": 10, "Filters": [{"Name": "instance-name", "Values": ["x" * 961]}]}
    for _ in range(50):
        client.call_json("DescribeInstancesStatus", body)
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        answer = client.call_json("DescribeInstancesStatus", body)
        times.append((time.perf_counter() - started) * 1e6)
        assert answer["Response"]["TotalCount"] == 1
    print(json.dumps({"calls": calls, "mean_us": statistics.mean(times), "median_us": statistics.median(times)}))


if __name__ == "__main__":
    main()
