"""The official Python SDK's sequential DescribeZones calls against a running mock.

Run by `sequential.sh`. Prints one JSON line: the wall and CPU time of one call in
microseconds, and the mock's CPU time per call when its process id is given.

usage: python3 sequential.py HOST:PORT SECRET_ID SECRET_KEY CALLS [MOCK_PID]
"""

import json
import resource
import sys
import time

from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.cvm.v20170312 import cvm_client, models

WARM_UP = 200


def cpu_seconds(pid):
    """User and system time of process `pid` from /proc (clock ticks of 1/100 s)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0


def own_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    endpoint, secret_id, secret_key, calls = sys.argv[1:5]
    calls = int(calls)
    mock_pid = sys.argv[5] if len(sys.argv) > 5 else None
    http = HttpProfile(protocol="http", endpoint=endpoint, reqMethod="POST")
    client = cvm_client.CvmClient(
        credential.Credential(secret_id, secret_key), "ap-guangzhou", ClientProfile(httpProfile=http)
    )
    request = models.DescribeZonesRequest()
    for _ in range(WARM_UP):
        client.DescribeZones(request)
    cpu, mock = own_cpu(), mock_pid and cpu_seconds(mock_pid)
    started = time.perf_counter()
    for _ in range(calls):
        assert client.DescribeZones(request).ZoneSet
    wall = time.perf_counter() - started
    cpu = own_cpu() - cpu
    mock = mock_pid and cpu_seconds(mock_pid) - mock
    per_call = lambda seconds: round(seconds * 1e6 / calls, 1)
    print(json.dumps({
        "caller": "official Python SDK", "calls": calls, "wall_us": per_call(wall),
        "cpu_us": per_call(cpu), "mock_cpu_us": per_call(mock) if mock_pid else None,
    }))


if __name__ == "__main__":
    main()
