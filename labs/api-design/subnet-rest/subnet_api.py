import hashlib, ipaddress, threading, uuid
from typing import Optional
from fastapi import FastAPI, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

app = FastAPI(title="Mini VPC API", version="1.0.0")
_lock = threading.Lock()                # 단일 프로세스 전용 (확장 과제 참고)
SUBNETS: dict[str, dict] = {}          # id -> subnet
IDEMPOTENCY: dict[str, tuple] = {}      # (tenant, key) -> (fingerprint, status, body)

class SubnetCreate(BaseModel):
    network_id: str = Field(min_length=1)
    name: str = Field(default="", max_length=255)
    cidr: str = Field(examples=["10.0.1.0/24"])

class SubnetPatch(BaseModel):
    name: Optional[str] = Field(default=None, max_length=255)

def problem(status: int, title: str, detail: str, type_: str = "about:blank", **extra):
    body = {"type": type_, "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type="application/problem+json")

def etag_of(s: dict) -> str:
    return f'"{s["revision_number"]}"'

@app.post("/v1/subnets", status_code=201)
def create_subnet(req: SubnetCreate, response: Response,
                  x_tenant_id: str = Header(default="demo"),
                  idempotency_key: Optional[str] = Header(default=None)):
    fingerprint = hashlib.sha256(req.model_dump_json().encode()).hexdigest()  # 요청 지문
    if idempotency_key:
        prev = IDEMPOTENCY.get((x_tenant_id, idempotency_key))
        if prev:
            if prev[0] != fingerprint:
                return problem(422, "Idempotency-Key reused",
                               "같은 키로 다른 본문을 보냈습니다.",
                               "https://example.com/probs/idempotency-key-reused")
            return JSONResponse(prev[2], status_code=prev[1],
                                headers={"Location": f"/v1/subnets/{prev[2]['id']}",
                                         "ETag": etag_of(prev[2])})
    try:
        net = ipaddress.ip_network(req.cidr, strict=True)   # 호스트 비트가 있으면 ValueError
    except ValueError as e:
        return problem(422, "Invalid CIDR", str(e), "https://example.com/probs/invalid-cidr")
    with _lock:
        for s in SUBNETS.values():
            if s["tenant_id"] == x_tenant_id and s["network_id"] == req.network_id:
                other = ipaddress.ip_network(s["cidr"])
                if other.version == net.version and net.overlaps(other):
                    return problem(409, "CIDR overlap",
                                   f"{req.cidr} overlaps {s['cidr']} (subnet {s['id']})",
                                   "https://example.com/probs/cidr-overlap",
                                   conflicting_subnet=s["id"])
        sid = str(uuid.uuid4())
        s = {"id": sid, "tenant_id": x_tenant_id, "network_id": req.network_id,
             "name": req.name, "cidr": str(net), "ip_version": net.version,
             "revision_number": 1}
        SUBNETS[sid] = s
        if idempotency_key:
            IDEMPOTENCY[(x_tenant_id, idempotency_key)] = (fingerprint, 201, dict(s))  # 응답 스냅샷
    response.headers["Location"] = f"/v1/subnets/{sid}"
    response.headers["ETag"] = etag_of(s)
    return s

@app.get("/v1/subnets")
def list_subnets(request: Request, x_tenant_id: str = Header(default="demo"),
                 network_id: Optional[str] = None,
                 limit: int = Query(default=2, ge=1, le=100),
                 marker: Optional[str] = None):
    items = sorted((s for s in SUBNETS.values() if s["tenant_id"] == x_tenant_id
                    and (network_id is None or s["network_id"] == network_id)),
                   key=lambda s: s["id"])
    if marker:                                  # 키셋 페이지네이션: marker 다음부터
        items = [s for s in items if s["id"] > marker]
    page = items[:limit]
    body = {"subnets": page}
    if len(items) > limit:
        nxt = request.url.include_query_params(marker=page[-1]["id"], limit=limit)
        body["next"] = str(nxt)
    return body

@app.get("/v1/subnets/{sid}")
def get_subnet(sid: str, x_tenant_id: str = Header(default="demo"),
               if_none_match: Optional[str] = Header(default=None)):
    s = SUBNETS.get(sid)
    if not s or s["tenant_id"] != x_tenant_id:
        return problem(404, "Not Found", f"subnet {sid} not found")
    if if_none_match == etag_of(s):
        return Response(status_code=304, headers={"ETag": etag_of(s)})
    return JSONResponse(s, headers={"ETag": etag_of(s), "Cache-Control": "private, no-cache"})

@app.patch("/v1/subnets/{sid}")
def patch_subnet(sid: str, req: SubnetPatch, x_tenant_id: str = Header(default="demo"),
                 if_match: Optional[str] = Header(default=None)):
    s = SUBNETS.get(sid)
    if not s or s["tenant_id"] != x_tenant_id:
        return problem(404, "Not Found", f"subnet {sid} not found")
    if if_match is None:
        return problem(428, "Precondition Required", "If-Match 헤더가 필요합니다.")
    with _lock:
        if if_match != etag_of(s):
            return problem(412, "Precondition Failed",
                           f"현재 ETag는 {etag_of(s)} 입니다. 다시 GET 하세요.")
        if req.name is not None:
            s["name"] = req.name
        s["revision_number"] += 1
    return JSONResponse(s, headers={"ETag": etag_of(s)})

@app.delete("/v1/subnets/{sid}", status_code=204)
def delete_subnet(sid: str, x_tenant_id: str = Header(default="demo")):
    s = SUBNETS.get(sid)
    if not s or s["tenant_id"] != x_tenant_id:
        return problem(404, "Not Found", f"subnet {sid} not found")
    del SUBNETS[sid]
    return Response(status_code=204)
