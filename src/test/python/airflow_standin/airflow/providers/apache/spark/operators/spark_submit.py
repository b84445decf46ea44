"""SparkSubmitOperator's signature as Airflow's Spark provider has it; calls are recorded, nothing runs."""
import airflow


class SparkSubmitOperator:
    def __init__(self, *, application="", conf=None, conn_id="spark_default", files=None, py_files=None,
                 archives=None, driver_class_path=None, jars=None, java_class=None, packages=None,
                 exclude_packages=None, repositories=None, total_executor_cores=None, executor_cores=None,
                 executor_memory=None, driver_memory=None, keytab=None, principal=None, proxy_user=None,
                 name="arrow-spark", num_executors=None, status_poll_interval=1, application_args=None,
                 env_vars=None, verbose=False, spark_binary=None, properties_file=None, yarn_queue=None,
                 deploy_mode=None, use_krb5ccache=False, task_id=None, retries=None, retry_delay=None, **kwargs):
        args = dict(locals())
        args.pop("self")
        args.pop("kwargs")
        args.update(kwargs)
        airflow.RECORDED.append(args)
