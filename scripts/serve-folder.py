#!/usr/bin/env python3
"""Serves a folder over HTTP on 127.0.0.1 with a random free port, for Winnow's fetch scripts.

Usage: serve-folder.py FOLDER PORT_FILE. Writes the chosen port to PORT_FILE, then serves until killed.
Local only: nothing here reaches the internet.
"""
import functools
import http.server
import sys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

    def log_message(self, *args):
        pass


def main():
    folder, port_file = sys.argv[1], sys.argv[2]
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(port_file + ".tmp", "w") as out:
        out.write(str(server.server_address[1]))
    import os
    os.replace(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
