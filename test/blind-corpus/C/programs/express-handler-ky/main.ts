import { exportEvidencePdf, type Req, type Res } from './handler.js';

export function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let statusCode = 200;
    const res: Res = {
      status(code) {
        statusCode = code;
        return res;
      },
      type: () => res,
      send(body) {
        if (statusCode === 200 && Buffer.isBuffer(body)) resolve(body);
        else reject(new Error(`handler answered ${statusCode}`));
      },
      json(body) {
        reject(new Error(`handler answered ${statusCode}: ${JSON.stringify(body)}`));
      },
    };
    const req: Req = { params: { ...env.ids }, headers: { authorization: `Bearer ${env.token}` }, app: { locals: { workivaApiUrl: env.baseUrl } } };
    exportEvidencePdf(req, res).catch(reject);
  });
}
