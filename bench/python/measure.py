"""Runs a command and writes its exit code, wall time, CPU time and peak memory as JSON.

Usage: measure.py --out RESULT.json -- COMMAND [ARGS...]

maxRssKiB is the kernel's high-water mark of the largest process in the command's tree
(getrusage RUSAGE_CHILDREN); peakTreePssKiB samples the whole tree's proportional set
size, which counts pages shared between a process and its forked workers once.
"""

import argparse
import json
import os
import resource
import signal
import subprocess
import time

SAMPLE_SECONDS = 0.2


def children_of():
    parents = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/stat') as stat:
                fields = stat.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    return parents


def tree(root):
    parents = children_of()
    pids, pending = [], [root]
    while pending:
        pid = pending.pop()
        pids.append(pid)
        pending += parents.get(pid, [])
    return pids


def pss_kib(pid):
    try:
        with open(f'/proc/{pid}/smaps_rollup') as rollup:
            for line in rollup:
                if line.startswith('Pss:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--out', required=True)
    parser.add_argument('command', nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ['--'] else args.command

    started = time.perf_counter()
    child = subprocess.Popen(command)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, _frame: child.send_signal(number))

    peak_pss = 0
    while child.poll() is None:
        peak_pss = max(peak_pss, sum(pss_kib(pid) for pid in tree(child.pid)))
        time.sleep(SAMPLE_SECONDS)

    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        'exitCode': child.returncode,
        'wallSeconds': wall,
        'cpuSeconds': usage.ru_utime + usage.ru_stime,
        'maxRssKiB': usage.ru_maxrss,
        'peakTreePssKiB': peak_pss,
    }
    with open(args.out, 'w') as out:
        json.dump(result, out)


if __name__ == '__main__':
    main()
