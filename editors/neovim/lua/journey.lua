-- The Journey language server in Neovim (0.7 or later): diagnostics, completion, hover, go to
-- definition, rename, code actions, formatting... for *.journey files, through Neovim's own LSP
-- client. Add this folder to the runtime path and call setup:
--
--   vim.opt.runtimepath:append('/path/to/repo/editors/neovim')
--   require('journey').setup({ cmd = { '/path/to/repo/journey', 'lsp' } })
local M = {}

-- The folder the server indexes as its workspace: the nearest one above the file with a
-- .git (the models that import each other live there), else the file's own folder.
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local current = dir
  while current do
    if vim.loop.fs_stat(current .. '/.git') then
      return current
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      break
    end
    current = parent
  end
  return dir
end

local clients = {}

local function attach(opts, bufnr)
  local root = root_of(vim.api.nvim_buf_get_name(bufnr))
  if vim.lsp.start then
    -- 0.8 and later: reuses the client of the same name and root
    vim.lsp.start({ name = 'journey', cmd = opts.cmd, root_dir = root }, { bufnr = bufnr })
    return
  end
  if not clients[root] then
    clients[root] = vim.lsp.start_client({ name = 'journey', cmd = opts.cmd, root_dir = root })
  end
  vim.lsp.buf_attach_client(bufnr, clients[root])
end

function M.setup(opts)
  opts = opts or {}
  opts.cmd = opts.cmd or { 'journey', 'lsp' }
  local group = vim.api.nvim_create_augroup('journey', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.journey',
    command = 'setfiletype journey',
  })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'journey',
    callback = function(args)
      attach(opts, args.buf)
    end,
  })
end

return M
