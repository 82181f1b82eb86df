"""가짜 백엔드: 어떤 경로로 요청이 와도 자기 이름을 돌려주는 HTTP 서버."""
import http.server
import sys

name, port = sys.argv[1], int(sys.argv[2])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"{name}\n".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass          # 헬스 체크가 응답 도중 연결을 끊어도 조용히 넘어감


Server(("127.0.0.1", port), Handler).serve_forever()
