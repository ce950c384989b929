# subprocess over _posixsubprocess (posix_spawn in Kaa): run/check_output/Popen with pipes, input, cwd, env, errors.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["printf", "%s-%s", "a", "b"]))
r = subprocess.run(["cat"], input=b"through stdin\n", stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(["sh", "-c", "cat; echo done"], input="text in", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $KAA_X"], env={"KAA_X": "from env", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run("echo shell $((1+2))", shell=True, capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["kaa-no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["ls"], cwd="/kaa/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print("PermissionError", e.errno, e.filename)
try:
    subprocess.check_call(["sh", "-c", "exit 5"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", round(e.timeout, 1))  # the time left when it expired: about 0.2
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 7"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"line\n")
print(out, p.returncode, p.wait(), p.poll())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
r = subprocess.run(["sh", "-c", "exec 3>&1; echo fd3 >&3"], pass_fds=(), capture_output=True)
print(r.stdout)
rfd, wfd = os.pipe()
# /dev/fd/N rather than >&N: dash takes one digit there, and the descriptor's number depends on how many
# the interpreter itself holds open.
p = subprocess.Popen(["sh", "-c", "echo passed >/dev/fd/%d" % wfd], pass_fds=(wfd,))
p.wait()
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 2"))
print(subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True).stdout.strip())
