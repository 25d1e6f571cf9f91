import { ElMessage, ElMessageBox } from 'element-plus'

/**
 * Runs one save of a dialog: `busy` (a ref) is true meanwhile; on success `done` is shown and the action's
 * result returned (true when it has none); a failure shows the server's message and returns undefined.
 */
export async function submit(busy, action, done) {
  busy.value = true
  try {
    const result = await action()
    if (done) ElMessage.success(done)
    return result ?? true
  } catch (e) {
    ElMessage.error(e.message)
    return undefined
  } finally {
    busy.value = false
  }
}

/** Asks before a removal (or another step that cannot be undone): true when the admin confirmed. */
export async function confirmed(text, title = '删除') {
  try {
    await ElMessageBox.confirm(text, title, { type: 'warning' })
    return true
  } catch (e) {
    return false
  }
}
