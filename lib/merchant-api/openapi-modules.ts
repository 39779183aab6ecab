// The modules whose top level calls registerOperation(...). The OpenAPI document imports this file,
// so an operation appears in /api/v1/openapi.json and /docs/api once its module is listed here.
import './openapi-operations';
import './openapi-webhook-operations';
import './openapi-refund-operations';
import './openapi-link-operations';
import './openapi-discount-operations';
import './openapi-capture-operations';
