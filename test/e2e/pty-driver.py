"""Runs a command in a real pseudo-terminal and answers its prompts.

Reads JSON from stdin: {"argv": [...], "steps": [[pattern, [chunk, ...]], ...], "timeout": s}.
For each step it waits until the screen output (ANSI codes removed) matches `pattern`, then types
the chunks with a short pause between them. Prints the whole transcript; exits with the
command's exit code (or 124 when a pattern never appeared).
"""
import json, os, pty, re, select, sys, time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")

def main():
    spec = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(spec["argv"][0], spec["argv"])
    transcript, pending = "", ""
    deadline_s = spec.get("timeout", 20)

    def read(wait):
        nonlocal transcript, pending
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536).decode("utf-8", "replace")
        except OSError:
            return False
        if not data:
            return False
        transcript += data
        pending += ANSI.sub("", data)
        return True

    for pattern, chunks in spec["steps"]:
        regex = re.compile(pattern)
        end = time.time() + deadline_s
        while not regex.search(pending):
            if time.time() > end or not read(0.2):
                sys.stdout.write(transcript)
                sys.stdout.write("\n[pty-driver] never saw: %s\n" % pattern)
                os.kill(pid, 9)
                sys.exit(124)
        pending = pending[regex.search(pending).end():]
        for chunk in chunks:
            time.sleep(0.05)
            os.write(fd, chunk.encode())
    end = time.time() + deadline_s
    while time.time() < end and read(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(transcript)
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8)

main()
