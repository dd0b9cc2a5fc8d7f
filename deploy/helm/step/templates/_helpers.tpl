{{- define "step.labels" -}}
app.kubernetes.io/name: step
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{- define "step.secretEnv" -}}
- name: DATABASE_URL
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.databaseUrl.name }}, key: {{ .Values.secrets.databaseUrl.key }} } }
- name: STEP__AUTH__CLIENT_SECRET
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.authClientSecret.name }}, key: {{ .Values.secrets.authClientSecret.key }} } }
- name: STEP__DOCUMENTS__ACCESS_KEY
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.documentsAccessKey.name }}, key: {{ .Values.secrets.documentsAccessKey.key }} } }
- name: STEP__DOCUMENTS__SECRET_KEY
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.documentsSecretKey.name }}, key: {{ .Values.secrets.documentsSecretKey.key }} } }
- name: STEP__MAIL__PASSWORD
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.smtpPassword.name }}, key: {{ .Values.secrets.smtpPassword.key }} } }
{{- range $name, $ref := .Values.clusters }}
- name: STEP__CLUSTERS__{{ $name | upper }}__URL
  valueFrom: { secretKeyRef: { name: {{ $ref.name }}, key: {{ $ref.key }} } }
{{- end }}
{{- end }}

{{- define "step.env" -}}
- name: STEP_ENV
  value: production
- name: STEP__SERVER__LISTEN
  value: "0.0.0.0:8080"
- name: STEP__SERVER__METRICS_LISTEN
  value: "0.0.0.0:{{ .Values.metrics.port }}"
- name: STEP__SERVER__METRICS_TOP_TENANTS
  value: {{ .Values.metrics.topMunicipalities | quote }}
- name: STEP__AUTH__ISSUER
  value: {{ .Values.config.authIssuer | quote }}
- name: STEP__AUTH__CLIENT_ID
  value: {{ .Values.config.authClientId | quote }}
- name: STEP__AUTH__SCHEME
  value: https
- name: STEP__AUTH__SECURE_COOKIES
  value: "true"
- name: STEP__AUTH__LOOPBACK_HOSTS
  value: "false"
- name: STEP__AUTH__PUBLIC_HOSTS
  value: {{ printf "[%q]" .Values.ingress.publicHost | quote }}
- name: STEP__MAIL__SMTP_HOST
  value: {{ .Values.config.smtpHost | quote }}
- name: STEP__MAIL__SMTP_PORT
  value: {{ .Values.config.smtpPort | quote }}
- name: STEP__MAIL__TLS
  value: "true"
- name: STEP__DOCUMENTS__ENDPOINT
  value: {{ .Values.config.documentsEndpoint | quote }}
- name: STEP__DOCUMENTS__BUCKET
  value: {{ .Values.config.documentsBucket | quote }}
- name: STEP__DOCUMENTS__REGION
  value: {{ .Values.config.documentsRegion | quote }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ .Values.config.otlpEndpoint | quote }}
{{ include "step.secretEnv" . }}
{{- end }}

{{/* Prometheus finds the pods by these annotations (kubernetes_sd_configs, role pod). */}}
{{- define "step.scrape" -}}
prometheus.io/scrape: "true"
prometheus.io/port: {{ .Values.metrics.port | quote }}
prometheus.io/path: /metrics
{{- end -}}
