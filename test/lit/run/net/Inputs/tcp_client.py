# A TCP client for net/wait_not_deadlock.go: reads "port N" from the
# program's output, waits until the program has certainly gone idle, then
# connects, sends a line, echoes the program's remaining output, and checks
# the reply it received.
import socket
import sys
import time

first = sys.stdin.readline().split()
if len(first) != 2 or first[0] != "port":
    print("unexpected first line:", first)
    sys.exit(1)
time.sleep(0.5)
s = socket.create_connection(("127.0.0.1", int(first[1])))
s.sendall(b"ping\n")
reply = b""
while not reply.endswith(b"\n"):
    chunk = s.recv(100)
    if not chunk:
        break
    reply += chunk
print("client got:", reply.decode().strip())
s.close()
for line in sys.stdin:
    sys.stdout.write(line)
