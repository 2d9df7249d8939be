-- Run by smoke-test.sh: headless Neovim opens a model with the set-up of lua/journey.lua and
-- checks that what an editor shows arrives from the server: diagnostics, hover, completion.
-- Prints one line per check and exits 0 when all pass, 1 otherwise.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
vim.opt.runtimepath:append(here)
require('journey').setup({ cmd = { os.getenv('JOURNEY_COMMAND'), 'lsp' } })

local failures = 0
local function report(ok, what, detail)
  io.stdout:write((ok and 'ok   ' or 'FAIL ') .. what .. (detail and (': ' .. detail) or '') .. '\n')
  if not ok then
    failures = failures + 1
  end
end

local function finish()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 100)
  vim.cmd((failures == 0) and 'qall!' or 'cquit!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('JOURNEY_MODEL')))
local bufnr = vim.api.nvim_get_current_buf()
report(vim.bo[bufnr].filetype == 'journey', 'filetype journey')

-- the first start of the JVM and the workspace build take a few seconds
local diagnosed = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
report(next(vim.lsp.buf_get_clients(bufnr)) ~= nil, 'client attached')
local messages = {}
for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(messages, string.format('%d:%s', diagnostic.lnum + 1, diagnostic.code or '?'))
end
report(diagnosed and vim.tbl_contains(messages, os.getenv('JOURNEY_EXPECTED_DIAGNOSTIC')), 'diagnostics',
  table.concat(messages, ' '))

-- the position just after the first occurrence of `text` in the buffer (0-based, as LSP counts)
local function after(text)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = line:find(text, 1, true)
    if column then
      return { line = number - 1, character = column - 1 + #text }
    end
  end
  error('the model does not contain: ' .. text)
end

local function request(method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 20000) or {}
  for _, response in pairs(responses) do
    if response.result then
      return response.result
    end
  end
  return nil
end

local hover = request('textDocument/hover', after('kpi '))
local hover_text = hover and (hover.contents.value or vim.inspect(hover.contents)) or ''
report(hover_text:lower():find('baseline', 1, true) ~= nil, 'hover on a KPI',
  vim.fn.strcharpart((hover_text:gsub('\n', ' ')), 0, 80))

local completion = request('textDocument/completion', after('channel '))
local labels = {}
for _, item in ipairs(completion and (completion.items or completion) or {}) do
  table.insert(labels, item.label)
end
report(vim.tbl_contains(labels, 'web') and vim.tbl_contains(labels, 'email'), 'completion after channel',
  table.concat(labels, ' '))

finish()
