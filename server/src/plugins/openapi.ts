import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'zhiping (智评) API',
          description:
            'Smart-manufacturing capability maturity assessment (GB/T 39116 / 39117). Errors are application/problem+json (RFC 9457) with a stable `code`.',
          version: '1.0.0',
        },
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            // An anonymous quick scan's token (docs/quick-scan.md): a header, never the URL.
            quickScanToken: { type: 'apiKey', in: 'header', name: 'x-quick-scan-token' },
          },
        },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
  },
  { name: 'openapi' },
);
