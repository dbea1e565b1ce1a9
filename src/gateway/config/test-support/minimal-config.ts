/** The smallest valid gateway.yaml for configuration tests: one upstream and one OpenAI route; append sections to it. */
export const minimalGatewayYaml = `
upstreams:
  - name: llm
    url: http://127.0.0.1:8000/v1
routes:
  - id: chat
    kind: openai
    upstream: llm
`;
