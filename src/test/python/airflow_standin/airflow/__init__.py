"""A stand-in for Airflow, just enough to load a DAG file and record what its operators were given."""
RECORDED = []


class DAG:
    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
