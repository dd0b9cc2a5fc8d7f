#!/usr/bin/env python3
"""Checks deploy/: the Helm chart lints (Helm's own linter, strict) and renders (Helm's engine, via
helm-python-sdk: libhelm over the Helm Go SDK, no cluster), every rendered object validates against
the Kubernetes schemas of kubernetes-validate (strict: unknown fields are errors), and the chart does
what the operations guide says: probes, a migration hook, the worker, one Ingress host per
municipality, an autoscaler, secrets only referenced, OTLP configured. deploy/compose.yaml parses and
names the services of a production-like host. Exit 1 with the reasons on any failure.

Run by ./dev test with the Python of `scripts/tools.sh deploy`."""

import pathlib
import sys
import tomllib

import helm_python as helm
import kubernetes_validate
import yaml

REPO = pathlib.Path(__file__).resolve().parent.parent
CHART = REPO / "deploy" / "helm" / "step"
KUBE = "1.33.0"
errors = []


def check(ok, message):
    if not ok:
        errors.append(message)


lint = helm.lint(str(CHART), strict=True)
# Helm's severities: 1 info, 2 warning, 3 error (strict lint turns warnings into failures too).
messages = [m for m in lint.get("messages", []) if int(m.get("severity", 0)) >= 2]
check(not messages and not lint.get("errors"), f"helm lint: {lint}")

# The municipalities' hosts from the registry, as an operator would pass them.
hosts = []
for f in sorted((REPO / "tenants").glob("*.toml")):
    if f.name == "offices.toml":
        continue
    data = tomllib.loads(f.read_text())
    hosts.append(f"kita.{data['slug']}.kreis-steinfurt.de")
chart = helm.Chart.load(str(CHART))
# A second database cluster for tenant schemas (tenant directory), its URL from a Secret.
values = {"ingress": {"hosts": hosts}, "clusters": {"second": {"name": "step-database-second", "key": "url"}}}
rendered = chart.render(values, name="step", namespace="kita", is_install=True)
objects = []
for path, text in sorted(rendered.items()):
    for doc in yaml.safe_load_all(text):
        if doc:
            objects.append((path, doc))
check(objects, "the chart rendered nothing")
for path, obj in objects:
    try:
        kubernetes_validate.validate(obj, KUBE, strict=True)
    except Exception as e:  # noqa: BLE001 - every failure is reported with its object
        check(False, f"{path}: {obj.get('kind')} does not validate against Kubernetes {KUBE}: {e}")

kinds = {}
for _, obj in objects:
    kinds.setdefault(obj["kind"], []).append(obj)
check("Secret" not in kinds, "the chart must not write Secrets, only reference them")
deployments = {d["metadata"]["name"]: d for d in kinds.get("Deployment", [])}
portal = deployments.get("step-portal")
check(portal is not None, f"no portal Deployment: {list(deployments)}")
check("step-worker" in deployments, "no worker Deployment")
if portal:
    c = portal["spec"]["template"]["spec"]["containers"][0]
    check(c.get("readinessProbe", {}).get("httpGet", {}).get("path") == "/readyz", "portal readiness probe is not /readyz")
    check(c.get("livenessProbe", {}).get("httpGet", {}).get("path") == "/healthz", "portal liveness probe is not /healthz")
    env = {e["name"]: e for e in c["env"]}
    check(env.get("OTEL_EXPORTER_OTLP_ENDPOINT", {}).get("value"), "no OTLP endpoint")
    for name in ["DATABASE_URL", "STEP__AUTH__CLIENT_SECRET", "STEP__DOCUMENTS__SECRET_KEY", "STEP__MAIL__PASSWORD",
                 "STEP__CLUSTERS__SECOND__URL"]:
        check("secretKeyRef" in env.get(name, {}).get("valueFrom", {}), f"{name} is not a secret reference")
    check(env.get("STEP__MAIL__ENABLED", {}).get("value") == "false", "portal pods must not run the e-mail worker")
for name in ["step-portal", "step-worker"]:
    d = deployments.get(name)
    if not d:
        continue
    notes = d["spec"]["template"]["metadata"].get("annotations", {})
    c = d["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in c["env"]}
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    check(notes.get("prometheus.io/scrape") == "true" and notes.get("prometheus.io/path") == "/metrics",
          f"{name} is not scraped: {notes}")
    check(str(ports.get("metrics")) == notes.get("prometheus.io/port") and
          env.get("STEP__SERVER__METRICS_LISTEN") == f"0.0.0.0:{ports.get('metrics')}",
          f"{name}: the scraped port, the container port and the metrics listener differ")
jobs = kinds.get("Job", [])
check(len(jobs) == 1 and jobs[0]["spec"]["template"]["spec"]["containers"][0]["args"] == ["migrate"], "no migration Job")
if jobs:
    hook = jobs[0]["metadata"].get("annotations", {}).get("helm.sh/hook", "")
    check("pre-upgrade" in hook and "pre-install" in hook, f"the migration Job is not a pre-install/pre-upgrade hook: {hook}")
ingress = kinds.get("Ingress", [{}])[0]
rule_hosts = [r["host"] for r in ingress.get("spec", {}).get("rules", [])]
check(set(hosts) <= set(rule_hosts) and len(hosts) == 24, f"the Ingress misses municipality hosts: {sorted(set(hosts) - set(rule_hosts))}")
check(kinds.get("HorizontalPodAutoscaler"), "no HorizontalPodAutoscaler")
check(kinds.get("Service"), "no Service")

compose = yaml.safe_load((REPO / "deploy" / "compose.yaml").read_text())
services = compose.get("services", {})
for s in ["postgres", "minio", "keycloak", "otel-collector", "migrate", "portal", "worker"]:
    check(s in services, f"compose.yaml has no service {s}")
text = (REPO / "deploy" / "compose.yaml").read_text()
check("PASSWORD: ${" in text and "SECRET_KEY: ${" in text, "compose secrets must come from the environment")

if errors:
    print("deploy check failed:", *errors, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"deploy: chart lints and renders {len(objects)} objects valid for Kubernetes {KUBE}; "
      f"{len(rule_hosts)} Ingress hosts; compose names {len(services)} services")
