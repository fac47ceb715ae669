// helpdesk script: exports a sample attachment to PDF (old style callbacks, works on node 14+)
var http = require('http');
var https = require('https');
var url = require('url');

function send(method, target, token, body, callback) {
  var u = new url.URL(target);
  var lib = u.protocol === 'https:' ? https : http;
  var headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
  if (body) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(body);
  }
  var req = lib.request(u, { method: method, headers: headers }, function (res) {
    var chunks = [];
    res.on('data', function (c) { chunks.push(c); });
    res.on('end', function () { callback(null, res, Buffer.concat(chunks)); });
  });
  req.on('error', function (err) { callback(err); });
  if (body) req.write(body);
  req.end();
}

function waitForIt(location, token, seconds, callback) {
  setTimeout(function () {
    send('GET', location, token, null, function (err, res, buf) {
      if (err) return callback(err);
      var op;
      try { op = JSON.parse(buf.toString()); } catch (e) { return callback(e); }
      if (op.status === 'completed') return callback(null, op);
      if (op.status === 'failed' || op.status === 'cancelled') return callback(new Error('export ' + op.status));
      waitForIt(location, token, parseInt(res.headers['retry-after'] || '1', 10), callback);
    });
  }, seconds * 1000 + 100);
}

function exportAttachment(config, ids, callback) {
  var path = '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId + '/export'; // blind-corpus: path=node-http-callback-1
  send('POST', config.apiUrl + path, config.token, JSON.stringify({ format: 'pdf' }), function (err, res, buf) { // blind-corpus: site=node-http-callback-1
    if (err) return callback(err);
    if (res.statusCode !== 202) return callback(new Error('export failed (' + res.statusCode + '): ' + buf.toString()));
    waitForIt(res.headers.location, config.token, parseInt(res.headers['retry-after'] || '1', 10), function (err2, op) {
      if (err2) return callback(err2);
      send('GET', op.resourceUrl || op.resourceURL, config.token, null, function (err3, _res, pdf) {
        callback(err3 || null, pdf);
      });
    });
  });
}

module.exports = { exportAttachment: exportAttachment };
