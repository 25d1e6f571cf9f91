// The state van-list needs for an endless list over one paged API ({pageNum, pageSize, totalPage, total, list}),
// written once for every list page of the shop.
import { ref } from 'vue'

/**
 * fetchPage(pageNum) answers one page, or null when there is nothing to fetch (the list is then finished);
 * restart() starts again from page 1, e.g. after a filter changed.
 */
export function usePagedList(fetchPage) {
  const items = ref([])
  const total = ref(0)
  const loading = ref(false)
  const finished = ref(false)
  const error = ref(false)
  const errorText = ref('加载失败，点击重试')
  let page = 0

  async function loadMore() {
    try {
      const res = await fetchPage(page + 1)
      if (!res) {
        finished.value = true
        return
      }
      page++
      items.value.push(...res.list)
      total.value = res.total
      finished.value = page >= res.totalPage
    } catch (e) {
      errorText.value = e.message + '，点击重试'
      error.value = true
    } finally {
      loading.value = false
    }
  }

  function restart() {
    page = 0
    items.value = []
    total.value = 0
    finished.value = false
    error.value = false
    loading.value = true
    loadMore()
  }

  return { items, total, loading, finished, error, errorText, loadMore, restart }
}
