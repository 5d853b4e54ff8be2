# echo_server.py — a single-process echo server on select.poll, and its client.
#
#   frost examples/echo_server.py                 demo: a server and a forked client
#   frost examples/echo_server.py server [PORT] [CONNECTIONS] [SECONDS]
#   frost examples/echo_server.py client PORT [COUNT]
#
# The server listens on 127.0.0.1 (PORT 0 picks a free port and prints it),
# keeps every socket non-blocking, and waits on one poll object: the
# listening socket for new connections, each connection for input and —
# while it has unsent bytes — for room to write.  It stops by itself after
# CONNECTIONS connections have come and gone (default 10) or after SECONDS
# seconds (default 10), whichever comes first.  The client opens COUNT
# connections (default 10), sends a message on each, checks that the same
# bytes come back, and closes.
import os
import select
import socket
import sys
import time


def serve(listener, max_connections, seconds):
    listener.setblocking(False)
    poller = select.poll()
    poller.register(listener, select.POLLIN)
    conns = {}  # fd -> [socket, bytes waiting to be echoed]
    accepted = echoed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and (accepted < max_connections or conns):
        for fd, events in poller.poll(100):
            if fd == listener.fileno():
                while accepted < max_connections:
                    try:
                        conn, _ = listener.accept()
                    except BlockingIOError:
                        break
                    conn.setblocking(False)
                    poller.register(conn, select.POLLIN)
                    conns[conn.fileno()] = [conn, b""]
                    accepted += 1
                if accepted == max_connections:
                    poller.unregister(listener)
                continue
            conn, pending = conns[fd]
            if events & (select.POLLIN | select.POLLHUP | select.POLLERR):
                try:
                    data = conn.recv(65536)
                except BlockingIOError:
                    data = None
                except ConnectionResetError:
                    data = b""
                if data == b"":  # the peer closed: forget the connection
                    poller.unregister(fd)
                    del conns[fd]
                    conn.close()
                    continue
                if data:
                    pending += data
            if pending:
                try:
                    sent = conn.send(pending)
                except BlockingIOError:
                    sent = 0
                echoed += sent
                pending = pending[sent:]
            conns[fd][1] = pending
            poller.modify(fd, select.POLLIN | (select.POLLOUT if pending else 0))
    for conn, _ in conns.values():
        conn.close()
    listener.close()
    return accepted, echoed


def client(port, count):
    ok = 0
    for i in range(count):
        message = ("message %d " % i).encode() * (i + 1)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(message)
            reply = b""
            while len(reply) < len(message):
                chunk = s.recv(65536)
                if not chunk:
                    break
                reply += chunk
            ok += reply == message
    return ok


def main(argv):
    mode = argv[1] if len(argv) > 1 else "demo"
    if mode == "client":
        port = int(argv[2])
        count = int(argv[3]) if len(argv) > 3 else 10
        print("client: %d of %d echoes correct" % (client(port, count), count))
        return
    port = int(argv[2]) if mode == "server" and len(argv) > 2 else 0
    connections = int(argv[3]) if len(argv) > 3 else 10
    seconds = float(argv[4]) if len(argv) > 4 else 10.0
    listener = socket.create_server(("127.0.0.1", port))
    port = listener.getsockname()[1]
    print("server: listening on 127.0.0.1:%d" % port, flush=True)
    child = 0
    if mode == "demo":
        child = os.fork()
        if child == 0:
            listener.close()
            print("client: %d of %d echoes correct" % (client(port, connections), connections), flush=True)
            os._exit(0)
    accepted, echoed = serve(listener, connections, seconds)
    if child:
        os.waitpid(child, 0)
    print("server: %d connections, %d bytes echoed" % (accepted, echoed))


main(sys.argv)
