"""Serve a built site the way GitHub Pages serves a project site.

    python scripts/measure/static_server.py [SITE_DIR] [--base-path /cloud-networking-study/] [--port 8000]

- The site lives under a sub-path (default "/"); /<base> without the slash
  redirects to /<base>/, a directory without its slash redirects to the
  directory, and anything outside the sub-path is a plain 404.
- Text responses (HTML, CSS, JavaScript, JSON, SVG, XML, plain text) are
  gzip-compressed when the client sends Accept-Encoding: gzip, so byte counts
  and Lighthouse runs see what a learner downloads. Images and fonts are
  already compressed and are sent as they are.
- A missing page inside the sub-path gets the site's 404.html with status 404.
- Cache-Control: max-age=600, as GitHub Pages sends.

Standard library only, so that tests can import it: `serve(site, base_path)`
starts a server in a background thread and returns it (see `Server.url`);
`Server.take_log()` lists the responses it sent (body bytes as sent and the
file's own size), which is what scripts/measure/measure_page_weight.py counts.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import os
import posixpath
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Content types worth compressing; everything else (images, fonts, archives) is sent as is.
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                "application/manifest+json", "image/svg+xml")
CACHE_CONTROL = "max-age=600"


def normalize_base_path(base_path: str) -> str:
    """'cloud-networking-study' -> '/cloud-networking-study/'; '' -> '/'."""
    parts = [part for part in base_path.split("/") if part]
    return "/" + "".join(f"{part}/" for part in parts)


def is_compressible(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower().startswith(COMPRESSIBLE)


def accepts_gzip(header: str | None) -> bool:
    """True if an Accept-Encoding header allows gzip (a q=0 refuses it)."""
    for item in (header or "").split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            key, _, value = params.replace(" ", "").partition("=")
            if key.lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
            return True
    return False


@dataclass(frozen=True)
class Sent:
    """One response: `transferred` is the body as sent (gzip or not), `uncompressed` the file's size."""

    path: str
    status: int
    content_type: str
    transferred: int
    uncompressed: int
    encoding: str | None


class _Compressed:
    """Compressed bodies keyed by (path, mtime, size), so each file is gzipped once."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int], bytes] = {}
        self._lock = threading.Lock()

    def get(self, path: str, body: bytes, stat: os.stat_result) -> bytes:
        key = (path, stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if key not in self._cache:
                # mtime=0: the same file always gives the same bytes.
                self._cache[key] = gzip.compress(body, compresslevel=6, mtime=0)
            return self._cache[key]


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` at `base_path`; configure with functools.partial or a subclass."""

    protocol_version = "HTTP/1.1"  # keep-alive, as browsers get from a real host
    base_path = "/"
    compress = True
    _compressed = _Compressed()

    def __init__(self, *args, base_path: str | None = None, compress: bool | None = None, **kwargs):
        if base_path is not None:
            self.base_path = normalize_base_path(base_path)
        if compress is not None:
            self.compress = compress
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass

    def send_head(self):
        url_path = unquote(urlsplit(self.path).path)
        base = self.base_path
        if base != "/" and url_path == base.rstrip("/"):
            return self._redirect(base)
        if not url_path.startswith(base):
            return self._send_bytes(404, b"404 Not Found\n", "text/plain; charset=utf-8")
        relative = posixpath.normpath(url_path[len(base):]).lstrip("/")
        if relative in (".", ""):
            relative = ""
        if relative.startswith(".."):
            return self._send_bytes(404, b"404 Not Found\n", "text/plain; charset=utf-8")
        target = Path(self.directory, *relative.split("/")) if relative else Path(self.directory)
        if target.is_dir():
            if not url_path.endswith("/"):
                query = urlsplit(self.path).query
                return self._redirect(urlsplit(self.path).path + "/" + (f"?{query}" if query else ""))
            target = target / "index.html"
        if not target.is_file():
            page = Path(self.directory, "404.html")
            if page.is_file():
                return self._send_file(404, page)
            return self._send_bytes(404, b"404 Not Found\n", "text/plain; charset=utf-8")
        return self._send_file(200, target)

    def _redirect(self, location: str):
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return io.BytesIO(b"")

    def _send_file(self, status: int, path: Path):
        stat = path.stat()
        body = path.read_bytes()
        content_type = self.guess_type(str(path))
        if content_type.startswith("text/") and "charset" not in content_type:
            content_type += "; charset=utf-8"
        encoding = None
        if self.compress and is_compressible(content_type):
            if accepts_gzip(self.headers.get("Accept-Encoding")):
                body = self._compressed.get(str(path), body, stat)
                encoding = "gzip"
        return self._send_bytes(status, body, content_type, encoding=encoding,
                                last_modified=self.date_time_string(int(stat.st_mtime)),
                                vary=self.compress and is_compressible(content_type), size=stat.st_size)

    def _send_bytes(self, status: int, body: bytes, content_type: str, *, encoding: str | None = None,
                    last_modified: str | None = None, vary: bool = False, size: int | None = None):
        record = getattr(self.server, "record", None)
        if record is not None and self.command == "GET":
            record(Sent(path=unquote(urlsplit(self.path).path), status=status, content_type=content_type,
                        transferred=len(body), uncompressed=len(body) if size is None else size,
                        encoding=encoding))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if vary:
            self.send_header("Vary", "Accept-Encoding")
        if last_modified:
            self.send_header("Last-Modified", last_modified)
        self.end_headers()
        return io.BytesIO(body)


Handler.extensions_map = {**Handler.extensions_map, ".js": "application/javascript", ".mjs": "application/javascript",
                          ".json": "application/json", ".webmanifest": "application/manifest+json",
                          ".svg": "image/svg+xml", ".xml": "application/xml", ".woff2": "font/woff2"}


class Server(http.server.ThreadingHTTPServer):
    """Keeps a log of the responses it sent (see take_log), for page-weight measurements."""

    daemon_threads = True
    base_path = "/"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._log: list[Sent] = []
        self._log_lock = threading.Lock()

    def record(self, sent: Sent) -> None:
        with self._log_lock:
            self._log.append(sent)

    def take_log(self) -> list[Sent]:
        """The responses sent since the last call, in order; clears the log."""
        with self._log_lock:
            log, self._log = self._log, []
        return log

    @property
    def url(self) -> str:
        """The site's address, e.g. http://127.0.0.1:8000/cloud-networking-study/."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{self.base_path}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def make_server(site: Path | str, base_path: str = "/", host: str = "127.0.0.1", port: int = 0,
                compress: bool = True) -> Server:
    """A server for `site` at http://host:port/<base_path>; port 0 picks a free port."""
    base = normalize_base_path(base_path)

    def handler(*args, **kwargs):
        return Handler(*args, directory=str(site), base_path=base, compress=compress, **kwargs)

    server = Server((host, port), handler)
    server.base_path = base
    return server


def serve(site: Path | str, base_path: str = "/", host: str = "127.0.0.1", port: int = 0,
          compress: bool = True) -> Server:
    """Start make_server(...) in a daemon thread; call .stop() when done."""
    server = make_server(site, base_path, host, port, compress)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--base-path", default="/", help="sub-path the site is served under (default: /)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--no-compress", action="store_true", help="send every file uncompressed")
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"{args.site}: no such directory; run `make build` first", file=sys.stderr)
        return 2
    server = make_server(args.site, args.base_path, args.host, args.port, not args.no_compress)
    print(f"Serving {args.site} at {server.url} (gzip {'off' if args.no_compress else 'on'}); Ctrl-C stops",
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
