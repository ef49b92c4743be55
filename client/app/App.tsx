import { ReportPage } from '../editor/ReportPage'
import { ReviewListPage } from '../reviews/ReviewListPage'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'
import { matchRoute, usePath } from './router'

export function App() {
  const route = matchRoute(usePath())
  switch (route.page) {
    case 'reviews':
      return (
        <Layout>
          <ReviewListPage />
        </Layout>
      )
    case 'report':
      return (
        <Layout wide>
          <ReportPage key={route.reviewId} reviewId={route.reviewId} />
        </Layout>
      )
    default:
      return (
        <Layout>
          <NotFoundPage />
        </Layout>
      )
  }
}
